package com.ixsweep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package roles and dependency directions of DESIGN.md and STYLE.md, held in one place. */
@AnalyzeClasses(packages = "com.ixsweep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app")
            .definedBy("com.ixsweep.app..")
            .layer("cli")
            .definedBy("com.ixsweep.cli..")
            .layer("ui")
            .definedBy("com.ixsweep.ui..")
            .layer("viewmodel")
            .definedBy("com.ixsweep.viewmodel..")
            .layer("batch")
            .definedBy("com.ixsweep.batch..")
            .layer("importer")
            .definedBy("com.ixsweep.importer..")
            .layer("api")
            .definedBy("com.ixsweep.api..")
            .layer("simulator")
            .definedBy("com.ixsweep.simulator..")
            .layer("model")
            .definedBy("com.ixsweep.model..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("cli")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("viewmodel")
            .mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("batch")
            .mayOnlyBeAccessedByLayers("app", "ui", "viewmodel", "cli")
            .whereLayer("importer")
            .mayOnlyBeAccessedByLayers("app", "ui", "viewmodel", "cli")
            .whereLayer("api")
            .mayOnlyBeAccessedByLayers("app", "ui", "viewmodel", "batch", "importer", "cli")
            .whereLayer("simulator")
            .mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers("app", "ui", "viewmodel", "batch", "importer", "api", "simulator", "cli");

    @ArchTest
    static final ArchRule simulatorKnowsOnlyTheModel = noClasses()
            .that()
            .resideInAPackage("com.ixsweep.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.ixsweep.api..",
                    "com.ixsweep.batch..",
                    "com.ixsweep.importer..",
                    "com.ixsweep.viewmodel..",
                    "com.ixsweep.ui..");

    @ArchTest
    static final ArchRule plainJavaPackagesUseNoJavaFx = noClasses()
            .that()
            .resideInAnyPackage(
                    "com.ixsweep.api..",
                    "com.ixsweep.batch..",
                    "com.ixsweep.importer..",
                    "com.ixsweep.model..",
                    "com.ixsweep.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule viewModelsStayOffTheSceneGraph = noClasses()
            .that()
            .resideInAPackage("com.ixsweep.viewmodel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..", "org.controlsfx..");

    @ArchTest
    static final ArchRule viewModelsNeverHopThreadsThemselves = noClasses()
            .that()
            .resideInAPackage("com.ixsweep.viewmodel..")
            .should()
            .callMethod(javafx.application.Platform.class, "runLater", Runnable.class);

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that()
            .resideOutsideOfPackage("com.ixsweep.cli..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");

    @ArchTest
    static final ArchRule noJavaUtilLogging =
            noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..");
}
