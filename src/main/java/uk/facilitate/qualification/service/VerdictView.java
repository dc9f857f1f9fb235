package uk.facilitate.qualification.service;

import java.time.LocalDate;
import java.util.List;
import uk.facilitate.qualification.RuleOutcome;
import uk.facilitate.qualification.Verdict;

/** A verdict as the API returns it: the answer, every rule with its evidence, and the next change. */
public record VerdictView(
        String programmeId,
        String programmeName,
        int needLevel,
        LocalDate on,
        boolean qualified,
        String summary,
        LocalDate qualifiedUntil,
        NextChangeView nextChange,
        List<RuleView> rules) {

    public record RuleView(String rule, String label, boolean met, String explanation, String evidence,
                           LocalDate validUntil) {
        static RuleView of(RuleOutcome o) {
            return new RuleView(o.rule().name(), o.rule().label(), o.met(), o.explanation(), o.evidence(), o.validUntil());
        }
    }

    /** {@code endKind}: HARD or RENEWAL when the change is a lapse, {@code null} when it is a start. */
    public record NextChangeView(LocalDate date, boolean qualified, String reason, String description, String endKind) {
    }

    public static VerdictView of(Verdict v) {
        NextChangeView next = v.nextChange() == null ? null : new NextChangeView(v.nextChange().date(),
                v.nextChange().qualified(), v.nextChange().reason(), v.nextChange().describe(),
                v.nextChange().endKind() == null ? null : v.nextChange().endKind().name());
        return new VerdictView(v.programmeId(), v.programmeName(), v.needLevel().number(), v.on(), v.qualified(),
                v.summary(), v.lastQualifiedDay().orElse(null), next, v.rules().stream().map(RuleView::of).toList());
    }
}
