package id.kinerjaflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of architecture.md, kept by the build. */
@AnalyzeClasses(packages = "id.kinerjaflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles = slices()
            .matching("id.kinerjaflow.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheProcessPackagesTalkToTheCamundaApi = noClasses()
            .that().resideOutsideOfPackages("..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the Camunda API stays behind process/ and the delegates (architecture.md)");

    @ArchTest
    static final ArchRule theDomainDoesNotDependOnTheUi = noClasses()
            .that().resideOutsideOfPackages("..ui..").and().haveSimpleNameNotEndingWith("Config")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("views call services, never the other way round");

    @ArchTest
    static final ArchRule theDomainDoesNotUseVaadin = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses()
            .that().resideInAPackage("id.kinerjaflow.base..")
            .should().dependOnClassesThat().resideInAnyPackage("id.kinerjaflow.org..", "id.kinerjaflow.security..",
                    "id.kinerjaflow.process..", "id.kinerjaflow.home..", "id.kinerjaflow.demo..");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should().notBePublic()
            .because("a feature's service is its public API");
}
