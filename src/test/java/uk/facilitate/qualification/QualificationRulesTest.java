package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/**
 * One table per rule: each row changes one record of an otherwise qualified practitioner and checks
 * the rule, and the verdict, on one day either side of the boundary.
 */
class QualificationRulesTest {

    static final String IY = "incredible-years";
    static final ProgrammeRules INCREDIBLE_YEARS = programme(IY, "Incredible Years").build();
    static final QualificationEngine ENGINE = new QualificationEngine(QualificationSettings.defaults());

    /** Meets every rule of {@link #INCREDIBLE_YEARS} from 2025-02-05 with no end; tests change one thing. */
    static PractitionerBuilder qualifiedFacilitator() {
        return practitioner("Priya Shah")
                .atProfessionalLevel(6)
                .startedOn("2015-09-01")
                .dbsOnUpdateService("2015-08-01")
                .safeguarding(3, "2025-02-05");
    }

    static void assertRule(Verdict verdict, Rule rule, boolean met) {
        RuleOutcome outcome = verdict.outcome(rule);
        assertEquals(met, outcome.met(), () -> rule + " on " + verdict.on() + ": " + outcome);
        assertEquals(met, verdict.qualified(), () -> "verdict on " + verdict.on() + ": " + verdict.summary());
        assertEquals(List.of(Rule.values()), verdict.rules().stream().map(RuleOutcome::rule).toList());
    }

    @Nested
    class StaffActive {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                no dates recorded              | -          | -          | 2026-03-16 | true
                on the start date              | 2026-03-16 | -          | 2026-03-16 | true
                the day before the start date  | 2026-03-16 | -          | 2026-03-15 | false
                on the leave date              | -          | 2026-03-16 | 2026-03-16 | true
                the day after the leave date   | -          | 2026-03-16 | 2026-03-17 | false
                leave date before start date   | 2026-03-16 | 2026-03-10 | 2026-03-12 | false
                """)
        void inPostFromStartDateThroughLeaveDate(String scenario, String start, String leave, String on,
                boolean met) {
            PractitionerRecord person = qualifiedFacilitator().startedOn(start).leavingOn(leave)
                    .accredited(IY, "2019-06-01").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date(on));

            assertRule(verdict, Rule.STAFF_ACTIVE, met);
        }

        @Test
        void explainsAFutureStartAndAPastLeaveDate() {
            PractitionerBuilder builder = qualifiedFacilitator().accredited(IY, "2019-06-01");

            Verdict notStarted = ENGINE.assess(builder.startedOn("2026-04-01").build(), INCREDIBLE_YEARS,
                    NeedLevel.TARGETED, date("2026-03-16"));
            Verdict left = ENGINE.assess(builder.startedOn("2015-01-01").leavingOn("2026-03-01").build(),
                    INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("You start in post on 01/04/2026", notStarted.outcome(Rule.STAFF_ACTIVE).explanation());
            assertEquals("You left post on 01/03/2026", left.outcome(Rule.STAFF_ACTIVE).explanation());
            assertEquals("Start date 01/01/2015, leave date 01/03/2026", left.outcome(Rule.STAFF_ACTIVE).evidence());
        }
    }

    @Nested
    class NeedLevelServed {

        static final ProgrammeRules UNIVERSAL_AND_TARGETED = programme(IY, "Incredible Years")
                .servingLevels(NeedLevel.UNIVERSAL, NeedLevel.TARGETED).build();

        @ParameterizedTest(name = "need level {0} served: {1}")
        @CsvSource({"1, true", "2, true", "3, false", "4, false"})
        void onlyTheProgrammesNeedLevelsQualify(int level, boolean met) {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01").build();

            Verdict verdict = ENGINE.assess(person, UNIVERSAL_AND_TARGETED, NeedLevel.of(level), date("2026-03-16"));

            assertRule(verdict, Rule.NEED_LEVEL_SERVED, met);
        }

        @Test
        void aLevelNotServedNamesTheLevelsThatAre() {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01").build();

            Verdict verdict = ENGINE.assess(person, UNIVERSAL_AND_TARGETED, NeedLevel.SPECIALIST, date("2026-03-16"));

            assertEquals("Incredible Years is not delivered at need level 4 (specialist); it serves need levels 1 and 2",
                    verdict.outcome(Rule.NEED_LEVEL_SERVED).explanation());
            assertEquals(null, verdict.nextChange());
        }
    }

    @Nested
    class ProfessionalLevel {

        static final ProgrammeRules LEVEL_4_AT_COMPLEX = programme(IY, "Incredible Years")
                .minimumProfessionalLevel(NeedLevel.COMPLEX, 4).build();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                exactly the minimum                  | 4 | 3 | true
                above the minimum                    | 6 | 3 | true
                one below the minimum                | 3 | 3 | false
                no level recorded                    | - | 3 | false
                no minimum at this need level        | - | 2 | true
                """)
        void professionalLevelMustReachTheMinimumForTheNeedLevel(String scenario, Integer level, int needLevel,
                boolean met) {
            PractitionerRecord person = qualifiedFacilitator().atProfessionalLevel(level)
                    .accredited(IY, "2019-06-01").build();

            Verdict verdict = ENGINE.assess(person, LEVEL_4_AT_COMPLEX, NeedLevel.of(needLevel), date("2026-03-16"));

            assertRule(verdict, Rule.PROFESSIONAL_LEVEL, met);
        }

        @Test
        void explainsTheShortfall() {
            PractitionerRecord person = qualifiedFacilitator().atProfessionalLevel(3).accredited(IY, "2019-06-01").build();

            Verdict verdict = ENGINE.assess(person, LEVEL_4_AT_COMPLEX, NeedLevel.COMPLEX, date("2026-03-16"));

            assertEquals("Your professional level 3 is below the level 4 needed for need level 3 (complex)",
                    verdict.outcome(Rule.PROFESSIONAL_LEVEL).explanation());
        }
    }

    @Nested
    class AccreditationCurrent {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                on the award date                  | 2025-05-04 | 2028-05-03 | 2025-05-04 | true
                the day before the award date      | 2025-05-04 | 2028-05-03 | 2025-05-03 | false
                on the expiry date itself          | 2025-05-04 | 2028-05-03 | 2028-05-03 | true
                the day after the expiry date      | 2025-05-04 | 2028-05-03 | 2028-05-04 | false
                no expiry and no programme validity| 2005-05-04 | -          | 2040-01-01 | true
                """)
        void accreditationIsCurrentFromAwardThroughExpiry(String scenario, String awarded, String expires, String on,
                boolean met) {
            PractitionerRecord person = qualifiedFacilitator().dbsOnUpdateService("2005-01-01")
                    .safeguarding(3, "2038-01-01").accredited(IY, awarded, expires).build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date(on));

            assertEquals(met, verdict.outcome(Rule.ACCREDITATION_CURRENT).met(), scenario);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                last day of the 36 months            | 2024-01-10 | -          | 2027-01-09 | true
                first day after the 36 months        | 2024-01-10 | -          | 2027-01-10 | false
                the record's own expiry wins, later  | 2024-01-10 | 2028-01-31 | 2028-01-31 | true
                the record's own expiry wins, earlier| 2024-01-10 | 2025-01-31 | 2025-02-01 | false
                award on 31st, short month           | 2024-01-31 | -          | 2027-01-30 | true
                award on 31st, the day after         | 2024-01-31 | -          | 2027-01-31 | false
                """)
        void withoutItsOwnExpiryAnAccreditationLastsTheProgrammesValidity(String scenario, String awarded,
                String expires, String on, boolean met) {
            ProgrammeRules threeYears = programme(IY, "Incredible Years").accreditationValidForMonths(36).build();
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, awarded, expires).build();

            Verdict verdict = ENGINE.assess(person, threeYears, NeedLevel.TARGETED, date(on));

            assertRule(verdict, Rule.ACCREDITATION_CURRENT, met);
        }

        @ParameterizedTest(name = "{0} does not qualify")
        @CsvSource(delimiter = '|', textBlock = """
                ENROLLED | You are enrolled on Incredible Years training but not yet trained or accredited
                TRAINED  | You are trained in Incredible Years but not yet accredited; Incredible Years needs accreditation before you facilitate
                LAPSED   | Your Incredible Years accreditation lapsed on 01/06/2024
                REVOKED  | Your Incredible Years accreditation was revoked on 01/06/2024
                """)
        void onlyAccreditedRecordsCountWithoutProvisionalDelivery(AccreditationStage stage, String explanation) {
            PractitionerRecord person = qualifiedFacilitator()
                    .accreditation(IY, stage, "2024-06-01", null, true).build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.ACCREDITATION_CURRENT, false);
            assertEquals(explanation, verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation());
        }

        @Test
        void aLapseRecordedAfterAnAccreditationIsTheExplanation() {
            PractitionerRecord person = qualifiedFacilitator()
                    .accredited(IY, "2019-06-01", "2024-05-31")
                    .accreditation(IY, AccreditationStage.LAPSED, "2024-06-01", null, true).build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("Your Incredible Years accreditation lapsed on 01/06/2024",
                    verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation());
        }

        @Test
        void anUnverifiedAccreditationAwaitsAManager() {
            PractitionerRecord person = qualifiedFacilitator()
                    .accreditation(IY, AccreditationStage.ACCREDITED, "2025-05-04", "2028-05-03", false).build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.ACCREDITATION_CURRENT, false);
            assertEquals("Your Incredible Years accreditation is awaiting verification by a manager",
                    verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation());
            assertEquals("Accreditation #11, awarded 04/05/2025, expires 03/05/2028, not yet verified",
                    verdict.outcome(Rule.ACCREDITATION_CURRENT).evidence());
        }

        @Test
        void anUnverifiedAccreditationCountsWhereTheBoroughDoesNotAskForVerification() {
            QualificationEngine trusting = new QualificationEngine(new QualificationSettings(36, 36, 3, false));
            PractitionerRecord person = qualifiedFacilitator()
                    .accreditation(IY, AccreditationStage.ACCREDITED, "2025-05-04", "2028-05-03", false).build();

            Verdict verdict = trusting.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.ACCREDITATION_CURRENT, true);
        }

        @Test
        void anAccreditationWithoutAnAwardDateNeverCounts() {
            PractitionerRecord person = qualifiedFacilitator()
                    .accreditation(IY, AccreditationStage.ACCREDITED, null, null, true).build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.ACCREDITATION_CURRENT, false);
            assertEquals(null, verdict.nextChange());
        }

        @Test
        void anotherProgrammesAccreditationDoesNotCount() {
            PractitionerRecord person = qualifiedFacilitator().accredited("triple-p-group-teen", "2019-06-01").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.ACCREDITATION_CURRENT, false);
            assertEquals("You have no Incredible Years training or accreditation recorded",
                    verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation());
        }

        @Test
        void theRecordCurrentForLongestIsTheEvidence() {
            PractitionerRecord person = qualifiedFacilitator()
                    .accredited(IY, "2025-05-04", "2026-12-31")
                    .accredited(IY, "2024-01-01", "2028-05-03")
                    .accredited(IY, "2026-01-01", "2027-01-01").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            RuleOutcome accreditation = verdict.outcome(Rule.ACCREDITATION_CURRENT);
            assertEquals("Accreditation #12, awarded 01/01/2024, expires 03/05/2028", accreditation.evidence());
            assertEquals(date("2028-05-03"), accreditation.validUntil());
            assertEquals("You are accredited in Incredible Years until 03/05/2028", accreditation.explanation());
        }

        @Test
        void anExpiredAccreditationSaysWhen() {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2024-03-02", "2027-03-01").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2027-03-02"));

            assertEquals(List.of("Your Incredible Years accreditation expired on 01/03/2027"), verdict.missing());
        }
    }

    @Nested
    class ProvisionalDelivery {

        static final ProgrammeRules SOLIHULL = programme("solihull", "Solihull Approach")
                .provisionalDeliveryWhenTrained().supervisionAtLeastEvery(90).build();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                trained, supervised 30 days ago         | TRAINED    | true  | 2026-02-14 | true
                trained, supervision 91 days ago        | TRAINED    | true  | 2025-12-15 | false
                trained, never supervised               | TRAINED    | true  | -          | false
                trained but not verified                | TRAINED    | false | 2026-02-14 | false
                enrolled only                           | ENROLLED   | true  | 2026-02-14 | false
                lapsed                                  | LAPSED     | true  | 2026-02-14 | false
                revoked                                 | REVOKED    | true  | 2026-02-14 | false
                """)
        void aTrainedPractitionerMayDeliverWhileSupervised(String scenario, AccreditationStage stage,
                boolean verified, String supervised, boolean met) {
            PractitionerBuilder builder = qualifiedFacilitator()
                    .accreditation("solihull", stage, "2025-10-01", null, verified);
            if (supervised != null) {
                builder.supervisedOn(supervised);
            }

            Verdict verdict = ENGINE.assess(builder.build(), SOLIHULL, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals(met, verdict.outcome(Rule.ACCREDITATION_CURRENT).met(), scenario);
            assertEquals(met, verdict.qualified(), scenario);
        }

        @Test
        void saysTheyAreDeliveringUnderSupervision() {
            PractitionerRecord person = qualifiedFacilitator().trained("solihull", "2025-10-01")
                    .supervisedOn("2026-02-14").build();

            Verdict verdict = ENGINE.assess(person, SOLIHULL, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("You are trained in Solihull Approach, delivering under supervision until accredited",
                    verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation());
            assertEquals(date("2026-05-15"), verdict.outcome(Rule.ACCREDITATION_CURRENT).validUntil());
            assertEquals(List.of(Rule.SUPERVISION_CURRENT), verdict.nextChange().causes(),
                    "supervision, not the training record, ends provisional delivery");
        }

        @Test
        void withoutSupervisionTheTrainingCannotBeUsed() {
            PractitionerRecord person = qualifiedFacilitator().trained("solihull", "2025-10-01").build();

            Verdict verdict = ENGINE.assess(person, SOLIHULL, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("You are trained in Solihull Approach and may deliver under supervision until accredited, "
                    + "but your supervision is not up to date", verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation());
        }
    }

    @Nested
    class SupervisionCurrent {

        static final ProgrammeRules EVERY_90_DAYS = programme(IY, "Incredible Years")
                .supervisionAtLeastEvery(90).build();
        static final ProgrammeRules INDIVIDUAL_OR_VIDEO = programme(IY, "Incredible Years")
                .supervisionAtLeastEvery(90, SupervisionKind.INDIVIDUAL, SupervisionKind.VIDEO_REVIEW).build();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                on the day of the session            | 2026-01-01 | true
                the day before the first session     | 2025-12-31 | false
                exactly 90 days after the session    | 2026-04-01 | true
                91 days after the session            | 2026-04-02 | false
                """)
        void aSessionCountsForTheMaximumIntervalAfterIt(String scenario, String on, boolean met) {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01")
                    .supervisedOn("2026-01-01").build();

            Verdict verdict = ENGINE.assess(person, EVERY_90_DAYS, NeedLevel.TARGETED, date(on));

            assertRule(verdict, Rule.SUPERVISION_CURRENT, met);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                individual, general                  | INDIVIDUAL        | -                   | true
                video review for this programme      | VIDEO_REVIEW      | incredible-years    | true
                group supervision                    | GROUP             | -                   | false
                peer consultation                    | PEER_CONSULTATION | incredible-years    | false
                individual, for another programme    | INDIVIDUAL        | triple-p-group-teen | false
                """)
        void onlyCountedKindsForThisProgrammeOrGeneralSupervisionCount(String scenario, SupervisionKind kind,
                String programmeId, boolean met) {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01")
                    .supervisedOn("2026-03-01", kind, programmeId).build();

            Verdict verdict = ENGINE.assess(person, INDIVIDUAL_OR_VIDEO, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.SUPERVISION_CURRENT, met);
        }

        @Test
        void anyKindCountsWhenTheProgrammeListsNone() {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01")
                    .supervisedOn("2026-03-01", SupervisionKind.PEER_CONSULTATION, null).build();

            Verdict verdict = ENGINE.assess(person, EVERY_90_DAYS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.SUPERVISION_CURRENT, true);
        }

        @Test
        void notRequiredWhenTheProgrammeAsksNone() {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.SUPERVISION_CURRENT, true);
            assertEquals("Incredible Years does not ask for supervision",
                    verdict.outcome(Rule.SUPERVISION_CURRENT).explanation());
        }

        @Test
        void validUntilRunsFromTheLatestSession() {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01")
                    .supervisedOn("2026-03-01").supervisedOn("2025-12-10").supervisedOn("2026-01-20").build();

            Verdict verdict = ENGINE.assess(person, EVERY_90_DAYS, NeedLevel.TARGETED, date("2026-03-16"));

            RuleOutcome supervision = verdict.outcome(Rule.SUPERVISION_CURRENT);
            assertEquals(date("2026-05-30"), supervision.validUntil());
            assertEquals("Individual supervision on 01/03/2026 (general)", supervision.evidence());
        }

        @Test
        void aLapseSaysWhenSupervisionWasDue() {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01")
                    .supervisedOn("2025-09-01").build();

            Verdict verdict = ENGINE.assess(person, EVERY_90_DAYS, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("Your last supervision was on 01/09/2025; Incredible Years asks for supervision at least "
                    + "every 90 days, so it was due by 30/11/2025", verdict.outcome(Rule.SUPERVISION_CURRENT).explanation());
        }

        @Test
        void noCountedSessionNamesTheKindsThatCount() {
            PractitionerRecord person = qualifiedFacilitator().accredited(IY, "2019-06-01")
                    .supervisedOn("2026-03-01", SupervisionKind.GROUP, null).build();

            Verdict verdict = ENGINE.assess(person, INDIVIDUAL_OR_VIDEO, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("You have no supervision recorded that counts for Incredible Years "
                    + "(it must be individual or video review supervision)",
                    verdict.outcome(Rule.SUPERVISION_CURRENT).explanation());
            assertEquals("No counted sessions (1 session of another kind or programme)",
                    verdict.outcome(Rule.SUPERVISION_CURRENT).evidence());
        }
    }

    @Nested
    class DbsCurrent {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                on the issue date                     | false | 2024-01-10 | true
                the day before issue                  | false | 2024-01-09 | false
                last day of 36 months                 | false | 2027-01-09 | true
                the due date, 36 months on            | false | 2027-01-10 | false
                Update Service, ten years on          | true  | 2034-01-10 | true
                Update Service, before issue          | true  | 2024-01-09 | false
                """)
        void aCheckIsCurrentForTheRecheckPeriodUnlessOnTheUpdateService(String scenario, boolean updateService,
                String on, boolean met) {
            QualificationEngine safeguardingForFiftyYears = new QualificationEngine(
                    new QualificationSettings(36, 600, 3, true));
            PractitionerBuilder builder = practitioner("Priya Shah").atProfessionalLevel(6)
                    .accredited(IY, "2019-06-01").safeguarding(3, "2020-01-01");
            PractitionerRecord person = (updateService
                    ? builder.dbsOnUpdateService("2024-01-10")
                    : builder.dbsIssuedOn("2024-01-10")).build();

            Verdict verdict = safeguardingForFiftyYears.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date(on));

            assertRule(verdict, Rule.DBS_CURRENT, met);
        }

        @Test
        void anExpiredCheckSaysWhenItExpired() {
            PractitionerRecord person = practitioner("Sam Okafor").atProfessionalLevel(5)
                    .accredited(IY, "2019-06-01").safeguarding(3, "2026-01-01").dbsIssuedOn("2022-01-10").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("Your DBS check issued on 10/01/2022 expired on 09/01/2025; checks are renewed every 36 months",
                    verdict.outcome(Rule.DBS_CURRENT).explanation());
            assertEquals("DBS certificate 001000000000, issued 10/01/2022, current until 09/01/2025",
                    verdict.outcome(Rule.DBS_CURRENT).evidence());
        }

        @Test
        void noCheckAtAll() {
            PractitionerRecord person = practitioner("Sam Okafor").accredited(IY, "2019-06-01")
                    .safeguarding(3, "2026-01-01").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

            assertRule(verdict, Rule.DBS_CURRENT, false);
            assertEquals("You have no DBS check recorded", verdict.outcome(Rule.DBS_CURRENT).explanation());
        }
    }

    @Nested
    class SafeguardingCurrent {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                on the completion date             | 3 | 2025-02-05 | true
                the day before completion          | 3 | 2025-02-04 | false
                last day of 36 months              | 3 | 2028-02-04 | true
                the refresh date, 36 months on     | 3 | 2028-02-05 | false
                level 4 counts for a level 3 need  | 4 | 2026-03-16 | true
                level 2 is not enough              | 2 | 2026-03-16 | false
                """)
        void trainingAtTheMinimumLevelIsCurrentForTheRefreshPeriod(String scenario, int level, String on,
                boolean met) {
            PractitionerRecord person = practitioner("Priya Shah").atProfessionalLevel(6)
                    .dbsOnUpdateService("2015-08-01").accredited(IY, "2019-06-01")
                    .safeguarding(level, "2025-02-05").build();

            Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date(on));

            assertRule(verdict, Rule.SAFEGUARDING_CURRENT, met);
        }

        @Test
        void explainsALevelTooLowAndAnExpiredCourse() {
            PractitionerBuilder builder = practitioner("Priya Shah").dbsOnUpdateService("2015-08-01")
                    .accredited(IY, "2019-06-01");

            Verdict tooLow = ENGINE.assess(builder.safeguarding(2, "2025-02-05").build(), INCREDIBLE_YEARS,
                    NeedLevel.TARGETED, date("2026-03-16"));
            Verdict expired = ENGINE.assess(builder.safeguarding(3, "2022-02-05").build(), INCREDIBLE_YEARS,
                    NeedLevel.TARGETED, date("2026-03-16"));

            assertEquals("Your safeguarding training is at level 2; level 3 or above is needed",
                    tooLow.outcome(Rule.SAFEGUARDING_CURRENT).explanation());
            assertEquals("Your level 3 safeguarding training expired on 04/02/2025; it must be refreshed every 36 months",
                    expired.outcome(Rule.SAFEGUARDING_CURRENT).explanation());
        }
    }

    @Test
    void everyRuleIsListedInOrderEvenWhenSeveralFail() {
        PractitionerRecord person = practitioner("New Starter").startedOn("2026-09-01").build();

        Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertFalse(verdict.qualified());
        assertEquals(List.of(Rule.values()), verdict.rules().stream().map(RuleOutcome::rule).toList());
        assertEquals(List.of(
                "You start in post on 01/09/2026",
                "You have no Incredible Years training or accreditation recorded",
                "You have no DBS check recorded",
                "You have no safeguarding training recorded at level 3 or above"), verdict.missing());
        assertTrue(verdict.rules().stream().filter(RuleOutcome::met).allMatch(rule -> rule.validUntil() == null));
    }
}
