package gr.etwinning.synedrio.bootstrap.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The hexagon's dependency rules, defined once so that {@link DependencyRuleTest} checks them against the
 * real code and {@link ArchitectureRulesFailOnViolationsTest} proves each one fails on a violating fixture.
 */
public final class ArchitectureRules {

    static final String ROOT = "gr.etwinning.synedrio";
    static final String DOMAIN = ROOT + ".domain..";
    static final String APPLICATION = ROOT + ".application..";
    static final String PORT_IN = ROOT + ".application.port.in..";
    static final String PORT_OUT = ROOT + ".application.port.out..";
    static final String PERSISTENCE_ADAPTER = ROOT + ".adapter.out.persistence..";
    static final String JOOQ_GENERATED = ROOT + ".adapter.out.persistence.generated..";
    static final String FILES_ADAPTER = ROOT + ".adapter.out.files..";
    static final String JSON_LIBRARY = ROOT + ".adapter.json..";

    /**
     * Packages of the libraries that read or write a file format: JSON, XML (the JDK's StAX, DOM and SAX
     * included), CSV, templates, PDF, spreadsheets, images and charts, calendars, mail.
     */
    static final String[] FORMAT_LIBRARIES = {
        "com.fasterxml.jackson..",
        "javax.xml..",
        "org.w3c.dom..",
        "org.xml.sax..",
        "org.apache.commons.csv..",
        "com.opencsv..",
        "com.univocity..",
        "com.github.mustachejava..",
        "gg.jte..",
        "org.apache.pdfbox..",
        "org.dhatim.fastexcel..",
        "org.apache.poi..",
        "org.jfree..",
        "com.google.zxing..",
        "javax.imageio..",
        "biweekly..",
        "jakarta.mail..",
        "org.eclipse.angus..",
    };

    /** Packages of the frameworks and JDBC that domain and application must not know. */
    static final String[] FRAMEWORKS = {
        "org.jooq..",
        "io.javalin..",
        "com.fasterxml.jackson..",
        "com.google.inject..",
        "picocli..",
        "java.sql..",
        "javax.sql..",
        "org.flywaydb..",
        "com.zaxxer..",
    };

    /**
     * 1. The domain is plain Java: itself plus java.lang (records, enums, invoke), util, time and math, and Unicode's
     * normalisation (java.text.Normalizer: an address's key is composed before it is compared).
     */
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_PLAIN_JAVA = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                    .resideInAnyPackage(DOMAIN, "java.lang..", "java.util..", "java.time..", "java.math..")
                    .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                            java.text.Normalizer.class)))
            .because("the domain is plain Java and knows nothing outside itself");

    /**
     * 2. The application knows the domain, itself, the JDK ({@code java..}, not {@code javax..}) and at most
     * jakarta.inject. File formats, XML included, are the files adapter's.
     */
    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JAVA = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..")
            .because("the application core knows only the domain, never an adapter or a library");

    /** 3. No framework, and no JDBC, in the core. */
    public static final ArchRule NO_FRAMEWORK_IN_DOMAIN_OR_APPLICATION = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("jOOQ, Javalin, Jackson, Guice, picocli, JDBC, Flyway and Hikari belong in adapters and bootstrap");

    /** 4a. The persistence, web and CLI adapters are mutually independent. */
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching(ROOT + ".adapter.(*).(*)..")
            .namingSlices("adapter $1.$2")
            .should().notDependOnEachOther()
            .because("adapters meet only through the application's ports, wired in bootstrap");

    /** 4b. Driving ports do not know driven ports. */
    public static final ArchRule PORT_IN_DOES_NOT_DEPEND_ON_PORT_OUT = noClasses()
            .that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .because("port.in and port.out are independent; services connect them");

    /** 4c. Driven ports do not know driving ports. */
    public static final ArchRule PORT_OUT_DOES_NOT_DEPEND_ON_PORT_IN = noClasses()
            .that().resideInAPackage(PORT_OUT)
            .should().dependOnClassesThat().resideInAPackage(PORT_IN)
            .because("port.in and port.out are independent; services connect them");

    /** 5. Generated jOOQ code stays inside the persistence adapter. */
    public static final ArchRule JOOQ_GENERATED_CODE_ONLY_IN_PERSISTENCE_ADAPTER = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage(JOOQ_GENERATED)
            .because("the generated jOOQ schema is an implementation detail of adapter-persistence");

    /**
     * 6. No package cycles anywhere: every package of every module is a slice, and no two slices use each other,
     * however indirectly. A cycle means two packages are one; merge them, or move what both need where both can
     * depend on it. jOOQ's generated classes (tables and records referring to each other) are not ours to
     * arrange and are left out.
     */
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching(ROOT + ".(**)")
            .namingSlices("package $1")
            .should().beFreeOfCycles()
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(JOOQ_GENERATED),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(JOOQ_GENERATED))
            .because("packages that use each other cannot be understood, tested or moved one at a time");

    /** 7. The core reads and writes no file format: no JSON, XML, CSV, template, PDF, spreadsheet or mail library. */
    public static final ArchRule NO_FORMAT_LIBRARY_IN_DOMAIN_OR_APPLICATION = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(FORMAT_LIBRARIES)
            .because("file formats live in adapter-files behind ports that speak typed records");

    /**
     * 8. The files adapter is driven through the application's ports: of ours it knows the application and the
     * domain only, never another adapter or bootstrap, and no framework of theirs.
     */
    public static final ArchRule FILES_ADAPTER_DEPENDS_ONLY_ON_APPLICATION_AND_DOMAIN = noClasses()
            .that().resideInAPackage(FILES_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".adapter.in..", PERSISTENCE_ADAPTER,
                    JSON_LIBRARY, ROOT + ".bootstrap..", "org.jooq..", "io.javalin..", "com.google.inject..",
                    "picocli..", "java.sql..", "javax.sql..")
            .because("a file format is an adapter behind an application port, not a helper of another adapter");

    /**
     * 9. adapter-json, which the web and command-line adapters share, knows nothing of ours: through it they
     * could otherwise meet without the application.
     */
    public static final ArchRule JSON_LIBRARY_KNOWS_NOTHING_OF_OURS = noClasses()
            .that().resideInAPackage(JSON_LIBRARY)
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are Synedrio's outside adapter-json", c -> c.getPackageName().startsWith(ROOT + ".")
                            && !c.getPackageName().startsWith(ROOT + ".adapter.json")))
            .because("a library shared by two adapters must not become a way between them");

    /**
     * Leaves out Maven test-jars (e.g. adapter-persistence's {@code -tests.jar}), which
     * {@link ImportOption.DoNotIncludeTests} does not recognise once the reactor resolves them as jars.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {

        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }

    private ArchitectureRules() {
    }
}
