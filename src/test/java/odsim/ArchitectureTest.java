package odsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rooms of docs/architecture.md and what each may touch, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("odsim");

    @Test
    void packagesHaveNoCycles() {
        // A guard: the checks below pass on no classes at all.
        org.junit.jupiter.api.Assertions.assertTrue(MAIN.size() > 150, "classes imported: " + MAIN.size());
        slices().matching("odsim.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theModelAndTheScenarioKnowNothingOfTheEngineOrWhatUsesIt() {
        noClasses().that().resideInAnyPackage("odsim.model..", "odsim.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("odsim.engine..", "odsim.results..", "odsim.economics..",
                        "odsim.experiment..", "odsim.report..", "odsim.cli..", "odsim.gui..", "odsim.bench..")
                .check(MAIN);
    }

    @Test
    void theEngineKnowsNothingOfWorkflowsReportsCommandsOrTheGui() {
        noClasses().that().resideInAPackage("odsim.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("odsim.experiment..", "odsim.report..", "odsim.cli..",
                        "odsim.gui..", "odsim.bench..", "odsim.economics..", "odsim.peer..")
                .check(MAIN);
    }

    /** The MASON peer is a consumer of the engine's public model of people as objects; nothing but benchmarks uses it. */
    @Test
    void onlyTheBenchmarksUseThePeer() {
        noClasses().that().resideOutsideOfPackages("odsim.peer..", "odsim.bench..")
                .should().dependOnClassesThat().resideInAPackage("odsim.peer..")
                .check(MAIN);
    }

    @Test
    void workflowsDoNotCallCommands() {
        noClasses().that().resideInAnyPackage("odsim.experiment..", "odsim.report..", "odsim.economics..")
                .should().dependOnClassesThat().resideInAPackage("odsim.cli..")
                .check(MAIN);
    }
}
