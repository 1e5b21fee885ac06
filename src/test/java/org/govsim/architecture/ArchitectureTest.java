package org.govsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.govsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"org.govsim.simulation..", "org.govsim.organisation..", "org.govsim.board..",
            "org.govsim.ceo..", "org.govsim.workforce..", "org.govsim.investor..", "org.govsim.policy..",
            "org.govsim.narrative..", "org.govsim.model..", "org.govsim.power..", "org.govsim.shareholders..",
            "org.govsim.litigation..", "org.govsim.financing.."};

    /** The packages that make up one actor each; the engine plugs them in through the model and never names them. */
    private static final String[] ACTORS = {"org.govsim.organisation..", "org.govsim.board..", "org.govsim.ceo..",
            "org.govsim.workforce..", "org.govsim.investor..", "org.govsim.shareholders..", "org.govsim.litigation..",
            "org.govsim.financing.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.govsim.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theEngineNamesNoActor = noClasses().that().resideInAPackage("org.govsim.simulation..")
            .should().dependOnClassesThat().resideInAnyPackage(ACTORS)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.govsim.policy..", "org.govsim.model..",
                    "org.govsim.narrative..")
            .because("actors plug into the engine through ActorKind and Model");

    @ArchTest
    static final ArchRule theStoryNamesNoActor = noClasses().that().resideInAPackage("org.govsim.narrative..")
            .should().dependOnClassesThat().resideInAnyPackage(ACTORS)
            .because("each kind of actor tells its own events");

    @ArchTest
    static final ArchRule domainKnowsNoSpring = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("the domain runs headless, without a container");

    @ArchTest
    static final ArchRule domainKnowsNoWebOrCli = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                    "picocli..", "org.govsim.cli..", "org.govsim.web..")
            .because("the web and the command line are adapters around the domain");

    @ArchTest
    static final ArchRule domainKnowsNoYaml = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "com.fasterxml.jackson.dataformat.yaml..",
                    "org.govsim.scenario..")
            .because("scenario files are read outside the domain");

    @ArchTest
    static final ArchRule domainKnowsNoStorage = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.govsim.timeline..",
                    "org.axonframework.eventsourcing.eventstore..")
            .because("the domain runs in memory; storage is the timeline package's concern");

    @ArchTest
    static final ArchRule theNameRuleStandsAlone = noClasses().that().resideInAPackage("org.govsim.naming..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.govsim.naming..", "java..")
            .because("the file readers and the store both use it, so it may use neither");

    @ArchTest
    static final ArchRule votingPowerStandsAlone = noClasses().that().resideInAPackage("org.govsim.power..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.govsim.power..", "java..");

    @ArchTest
    static final ArchRule theWebUsesNoCommandLine = noClasses().that().resideInAPackage("org.govsim.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.govsim.cli..")
            .because("both adapters call the application layer; neither goes through the other");

    @ArchTest
    static final ArchRule theCommandLineStartsTheWebOnlyThroughItsEntry = noClasses().that()
            .resideInAPackage("org.govsim.cli..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "web classes other than WebApp and ServeSettings", c -> c.getPackageName().startsWith("org.govsim.web")
                            && !c.getSimpleName().equals("WebApp") && !c.getSimpleName().equals("ServeSettings")))
            .because("serve starts the web app and waits; the command line's other commands start no Spring context");

    @ArchTest
    static final ArchRule theApplicationLayerKnowsNoWeb = noClasses().that().resideInAPackage("org.govsim.app..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                    "org.springframework.boot..", "org.springframework.context..", "org.govsim.web..", "org.govsim.cli..")
            .because("the command line and the web app call the same services");

    @ArchTest
    static final ArchRule onlyTheCliUsesPicocli = noClasses().that().resideOutsideOfPackage("org.govsim.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule onlyTheScenarioPackageReadsYaml = noClasses().that().resideOutsideOfPackage("org.govsim.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml..");
}
