package uk.facilitate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The build guards the architecture: the rules engine ({@code uk.facilitate.qualification}) stays plain
 * Java; its container-side services and resources live in {@code qualification.service}.
 */
@AnalyzeClasses(packages = "uk.facilitate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule qualificationEngineHasNoContainerTypes = noClasses()
            .that().resideInAPackage("uk.facilitate.qualification")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.eclipse..", "org.primefaces..")
            .because("the rules engine is plain Java, reused by the UI, the API, the cover queries and the planner");

    @ArchTest
    static final ArchRule qualificationEngineDoesNotReachIntoPersistence = noClasses()
            .that().resideInAPackage("uk.facilitate.qualification")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service");

    @ArchTest
    static final ArchRule noFacesOrRestTypesInTheEngineOrCatalogueReader = noClasses()
            .that().resideInAnyPackage("uk.facilitate.qualification")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule cohortRulesArePlainJava = noClasses()
            .that().resideInAPackage("uk.facilitate.cohort.core")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.eclipse..", "org.primefaces..")
            .because("the waitlist, prerequisite, completion and planner rules are unit-tested without a container");
}
