package gr.etwinning.synedrio.bootstrap.archunit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks the hexagon's dependency rules against every production class of every module. */
@AnalyzeClasses(
        packages = "gr.etwinning.synedrio",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureRules.DoNotIncludeTestJars.class})
class DependencyRuleTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_itself_and_plain_java =
            ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_PLAIN_JAVA;

    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_java =
            ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA;

    @ArchTest
    static final ArchRule no_framework_in_domain_or_application =
            ArchitectureRules.NO_FRAMEWORK_IN_DOMAIN_OR_APPLICATION;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule port_in_does_not_depend_on_port_out =
            ArchitectureRules.PORT_IN_DOES_NOT_DEPEND_ON_PORT_OUT;

    @ArchTest
    static final ArchRule port_out_does_not_depend_on_port_in =
            ArchitectureRules.PORT_OUT_DOES_NOT_DEPEND_ON_PORT_IN;

    @ArchTest
    static final ArchRule jooq_generated_code_only_in_persistence_adapter =
            ArchitectureRules.JOOQ_GENERATED_CODE_ONLY_IN_PERSISTENCE_ADAPTER;

    @ArchTest
    static final ArchRule no_package_cycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule no_format_library_in_domain_or_application =
            ArchitectureRules.NO_FORMAT_LIBRARY_IN_DOMAIN_OR_APPLICATION;

    @ArchTest
    static final ArchRule files_adapter_depends_only_on_application_and_domain =
            ArchitectureRules.FILES_ADAPTER_DEPENDS_ONLY_ON_APPLICATION_AND_DOMAIN;

    @ArchTest
    static final ArchRule json_library_knows_nothing_of_ours = ArchitectureRules.JSON_LIBRARY_KNOWS_NOTHING_OF_OURS;
}
