package uk.facilitate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The build guards the architecture: packages form no cycles and depend only downwards (shared words,
 * then the platform, the catalogue, staff, the kinds of record, qualification, planning, and the pages
 * and loaders that combine them); the rules engine ({@code uk.facilitate.qualification}) stays plain
 * Java, its container-side services and resources in {@code qualification.service}; writers announce
 * changes as events instead of calling the qualification index.
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

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("uk.facilitate.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependenciesPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Shared words").definedBy("uk.facilitate.shared..")
            .layer("Platform").definedBy("uk.facilitate.platform..", "uk.facilitate.api..", "uk.facilitate.web..")
            .layer("Catalogue").definedBy("uk.facilitate.catalogue..")
            .layer("Staff").definedBy("uk.facilitate.staff..")
            .layer("Records").definedBy("uk.facilitate.verification..", "uk.facilitate.accreditation..",
                    "uk.facilitate.compliance..", "uk.facilitate.supervision..", "uk.facilitate.booking..")
            .layer("Qualification").definedBy("uk.facilitate.qualification..")
            .layer("Planning").definedBy("uk.facilitate.cohort..", "uk.facilitate.cover..", "uk.facilitate.imports..")
            .layer("Combined views and loaders").definedBy("uk.facilitate.records..", "uk.facilitate.accounts..",
                    "uk.facilitate.home..", "uk.facilitate.demo..")
            .whereLayer("Combined views and loaders").mayNotBeAccessedByAnyLayer()
            .whereLayer("Planning").mayOnlyBeAccessedByLayers("Combined views and loaders")
            .whereLayer("Qualification").mayOnlyBeAccessedByLayers("Planning", "Combined views and loaders")
            .whereLayer("Records").mayOnlyBeAccessedByLayers("Qualification", "Planning", "Combined views and loaders")
            .whereLayer("Staff").mayOnlyBeAccessedByLayers("Records", "Qualification", "Planning",
                    "Combined views and loaders")
            .whereLayer("Catalogue").mayOnlyBeAccessedByLayers("Staff", "Records", "Qualification", "Planning",
                    "Combined views and loaders")
            .whereLayer("Platform").mayOnlyBeAccessedByLayers("Catalogue", "Staff", "Records", "Qualification",
                    "Planning", "Combined views and loaders")
            .because("arrows point down: a lower package never needs to know who builds on it");

    @ArchTest
    static final ArchRule sharedWordsArePlainJava = noClasses()
            .that().resideInAPackage("uk.facilitate.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.eclipse..", "org.primefaces..");

    @ArchTest
    static final ArchRule onlyTheQualificationServiceRecomputesTheIndex = noClasses()
            .that().resideOutsideOfPackage("uk.facilitate.qualification.service..")
            .should().callMethodWhere(DescribedPredicate.describe("recompute the qualification index",
                    (JavaMethodCall call) -> call.getTargetOwner().getSimpleName().equals("QualificationIndex")
                            && call.getName().matches("refresh|rebuild.*")))
            .because("writers fire RecordsChanged or RulesChanged, which the index observes in the same transaction");

    @ArchTest
    static final ArchRule todayComesFromOneClock = noClasses()
            .that().resideOutsideOfPackages("uk.facilitate.shared..", "uk.facilitate.platform..")
            .should().callMethodWhere(DescribedPredicate.describe("read the machine's clock for today's date",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(java.time.LocalDate.class)
                            && call.getName().equals("now")))
            .because("today is the injected Today (Europe/London), which tests and demos can set");

    @ArchTest
    static final ArchRule accreditationRecordsAreMadeOnlyByTheAccreditationFeature = noClasses()
            .that().resideOutsideOfPackage("uk.facilitate.accreditation..")
            .should().callConstructorWhere(DescribedPredicate.describe("create an AccreditationRecord",
                    (JavaConstructorCall call) -> call.getTargetOwner().getSimpleName().equals("AccreditationRecord")))
            .because("cohort completion, imports and the demo all go through AccreditationService.award, one audit shape");
}
