package gr.etwinning.synedrio.bootstrap.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import gr.etwinning.synedrio.adapter.in.cli.CliSettings;
import gr.etwinning.synedrio.adapter.json.JsonMistakes;
import gr.etwinning.synedrio.adapter.json.archfixture.JsonUsingApplication;
import gr.etwinning.synedrio.adapter.out.files.archfixture.FilesUsingApplication;
import gr.etwinning.synedrio.adapter.out.files.archfixture.FilesUsingWeb;
import gr.etwinning.synedrio.adapter.in.cli.archfixture.CliUsingJooqGenerated;
import gr.etwinning.synedrio.adapter.in.web.archfixture.WebUsingApplication;
import gr.etwinning.synedrio.adapter.in.web.archfixture.WebUsingCli;
import gr.etwinning.synedrio.adapter.out.persistence.archfixture.PersistenceUsingJooqGenerated;
import gr.etwinning.synedrio.application.archfixture.ApplicationUsingJackson;
import gr.etwinning.synedrio.application.archfixture.ApplicationUsingSwing;
import gr.etwinning.synedrio.application.archfixture.ApplicationUsingXml;
import gr.etwinning.synedrio.application.archfixture.CompliantApplicationService;
import gr.etwinning.synedrio.application.port.in.archfixture.InUsingDomain;
import gr.etwinning.synedrio.application.port.in.archfixture.InUsingOut;
import gr.etwinning.synedrio.application.port.out.archfixture.OutUsingDomain;
import gr.etwinning.synedrio.application.port.out.archfixture.OutUsingIn;
import gr.etwinning.synedrio.domain.archfixture.CompliantDomainValue;
import gr.etwinning.synedrio.domain.archfixture.DomainUsingSql;
import gr.etwinning.synedrio.domain.archfixture.cycle.a.CycleA;
import gr.etwinning.synedrio.domain.archfixture.cycle.b.CycleB;
import org.junit.jupiter.api.Test;

/**
 * A rule that cannot fail is worth nothing: each rule of {@link ArchitectureRules} must fail on a violating
 * fixture (naming it and what it wrongly uses) and pass on a compliant one. The fixtures are test classes, so
 * {@link DependencyRuleTest} never sees them.
 */
class ArchitectureRulesFailOnViolationsTest {

    // 1. domain -> only domain and plain Java

    @Test
    void domainRuleFailsOnADomainClassUsingJdbc() {
        assertViolation(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_PLAIN_JAVA,
                DomainUsingSql.class, "java.sql.Connection", DomainUsingSql.class);
    }

    @Test
    void domainRulePassesOnARecordUsingDomainUtilTimeAndMath() {
        assertNoViolation(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_PLAIN_JAVA, CompliantDomainValue.class);
    }

    // 2. application -> only application, domain, java and jakarta.inject

    @Test
    void applicationRuleFailsOnAnApplicationClassUsingJackson() {
        assertViolation(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA,
                ApplicationUsingJackson.class, "com.fasterxml.jackson.databind.ObjectMapper",
                ApplicationUsingJackson.class);
    }

    @Test
    void applicationRuleFailsOnAnApplicationClassUsingJavaxBeyondXml() {
        assertViolation(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA,
                ApplicationUsingSwing.class, "javax.swing.JLabel", ApplicationUsingSwing.class);
    }

    @Test
    void applicationRuleFailsOnAnApplicationClassWritingXml() {
        assertViolation(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA,
                ApplicationUsingXml.class, "javax.xml.stream.XMLStreamWriter", ApplicationUsingXml.class);
    }

    @Test
    void applicationRulePassesOnAServiceUsingDomainPortsJdkAndJakartaInject() {
        assertNoViolation(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA,
                CompliantApplicationService.class);
    }

    // 3. no framework in domain or application

    @Test
    void frameworkRuleFailsOnJdbcInTheDomain() {
        assertViolation(ArchitectureRules.NO_FRAMEWORK_IN_DOMAIN_OR_APPLICATION,
                DomainUsingSql.class, "java.sql.Connection", DomainUsingSql.class);
    }

    @Test
    void frameworkRuleFailsOnJacksonInTheApplication() {
        assertViolation(ArchitectureRules.NO_FRAMEWORK_IN_DOMAIN_OR_APPLICATION,
                ApplicationUsingJackson.class, "com.fasterxml.jackson.databind.ObjectMapper",
                ApplicationUsingJackson.class);
    }

    @Test
    void frameworkRulePassesOnCompliantDomainAndApplicationClasses() {
        assertNoViolation(ArchitectureRules.NO_FRAMEWORK_IN_DOMAIN_OR_APPLICATION,
                CompliantDomainValue.class, CompliantApplicationService.class);
    }

    // 4. adapters independent; port.in and port.out independent

    @Test
    void adapterRuleFailsOnTheWebAdapterUsingTheCliAdapter() {
        assertViolation(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                WebUsingCli.class, CliSettings.class.getName(), WebUsingCli.class, CliSettings.class);
    }

    @Test
    void adapterRulePassesOnAdaptersThatMeetOnlyThroughTheApplication() {
        assertNoViolation(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                WebUsingApplication.class, CliSettings.class, PersistenceUsingJooqGenerated.class);
    }

    @Test
    void portInRuleFailsOnADrivingPortUsingADrivenPort() {
        assertViolation(ArchitectureRules.PORT_IN_DOES_NOT_DEPEND_ON_PORT_OUT,
                InUsingOut.class, "gr.etwinning.synedrio.application.port.out.common.ClockPort", InUsingOut.class);
    }

    @Test
    void portInRulePassesOnADrivingPortUsingTheDomain() {
        assertNoViolation(ArchitectureRules.PORT_IN_DOES_NOT_DEPEND_ON_PORT_OUT, InUsingDomain.class);
    }

    @Test
    void portOutRuleFailsOnADrivenPortUsingADrivingPortType() {
        assertViolation(ArchitectureRules.PORT_OUT_DOES_NOT_DEPEND_ON_PORT_IN,
                OutUsingIn.class, "gr.etwinning.synedrio.application.port.in.auth.Principal", OutUsingIn.class);
    }

    @Test
    void portOutRulePassesOnADrivenPortUsingTheDomain() {
        assertNoViolation(ArchitectureRules.PORT_OUT_DOES_NOT_DEPEND_ON_PORT_IN, OutUsingDomain.class);
    }

    // 5. generated jOOQ code only inside adapter-persistence

    @Test
    void jooqRuleFailsOnTheCliAdapterUsingGeneratedTables() {
        assertViolation(ArchitectureRules.JOOQ_GENERATED_CODE_ONLY_IN_PERSISTENCE_ADAPTER,
                CliUsingJooqGenerated.class, "gr.etwinning.synedrio.adapter.out.persistence.generated.Tables",
                CliUsingJooqGenerated.class);
    }

    @Test
    void jooqRulePassesOnGeneratedTablesUsedInsidePersistence() {
        assertNoViolation(ArchitectureRules.JOOQ_GENERATED_CODE_ONLY_IN_PERSISTENCE_ADAPTER,
                PersistenceUsingJooqGenerated.class, WebUsingApplication.class);
    }

    // 6. no package cycles

    @Test
    void cycleRuleFailsOnTwoPackagesUsingEachOther() {
        assertViolation(ArchitectureRules.NO_PACKAGE_CYCLES, CycleA.class, CycleB.class.getName(),
                CycleA.class, CycleB.class);
    }

    @Test
    void cycleRulePassesOnPackagesThatDependOneWay() {
        assertNoViolation(ArchitectureRules.NO_PACKAGE_CYCLES, CompliantApplicationService.class,
                CompliantDomainValue.class, WebUsingApplication.class);
    }

    // 7. no format library in the core

    @Test
    void formatRuleFailsOnXmlInTheApplication() {
        assertViolation(ArchitectureRules.NO_FORMAT_LIBRARY_IN_DOMAIN_OR_APPLICATION, ApplicationUsingXml.class,
                "javax.xml.stream.XMLStreamWriter", ApplicationUsingXml.class);
    }

    @Test
    void formatRuleFailsOnJacksonInTheApplication() {
        assertViolation(ArchitectureRules.NO_FORMAT_LIBRARY_IN_DOMAIN_OR_APPLICATION, ApplicationUsingJackson.class,
                "com.fasterxml.jackson.databind.ObjectMapper", ApplicationUsingJackson.class);
    }

    @Test
    void formatRulePassesOnCompliantDomainAndApplicationClasses() {
        assertNoViolation(ArchitectureRules.NO_FORMAT_LIBRARY_IN_DOMAIN_OR_APPLICATION,
                CompliantDomainValue.class, CompliantApplicationService.class);
    }

    // 8. the files adapter knows only the application and the domain of ours

    @Test
    void filesRuleFailsOnAFileFormatUsingTheWebAdapter() {
        assertViolation(ArchitectureRules.FILES_ADAPTER_DEPENDS_ONLY_ON_APPLICATION_AND_DOMAIN, FilesUsingWeb.class,
                "gr.etwinning.synedrio.adapter.in.web.Access", FilesUsingWeb.class);
    }

    @Test
    void filesRulePassesOnAFileFormatBehindAnApplicationPort() {
        assertNoViolation(ArchitectureRules.FILES_ADAPTER_DEPENDS_ONLY_ON_APPLICATION_AND_DOMAIN,
                FilesUsingApplication.class);
    }

    // 9. adapter-json knows nothing of ours

    @Test
    void jsonLibraryRuleFailsOnItUsingTheApplication() {
        assertViolation(ArchitectureRules.JSON_LIBRARY_KNOWS_NOTHING_OF_OURS, JsonUsingApplication.class,
                "gr.etwinning.synedrio.application.NotFoundException", JsonUsingApplication.class);
    }

    @Test
    void jsonLibraryRulePassesOnJsonMistakes() {
        assertNoViolation(ArchitectureRules.JSON_LIBRARY_KNOWS_NOTHING_OF_OURS, JsonMistakes.class);
    }

    private static void assertViolation(ArchRule rule, Class<?> offender, String offendingTarget,
            Class<?>... imported) {
        EvaluationResult result = rule.evaluate(importClasses(imported));

        assertThat(result.hasViolation()).as("%s must be violated by %s", rule.getDescription(), offender).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains(offender.getName())
                .contains(offendingTarget);
    }

    private static void assertNoViolation(ArchRule rule, Class<?>... imported) {
        EvaluationResult result = rule.evaluate(importClasses(imported));

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    private static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }
}
