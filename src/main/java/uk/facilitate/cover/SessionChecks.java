package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.booking.Booking;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.RuleOutcome;
import uk.facilitate.qualification.Verdict;
import uk.facilitate.shared.NeedLevel;

/**
 * One person against a group's session dates, asked of the engine: on the records held for dates up to today,
 * on the expected basis after it (what is booked, and routine renewals within reach kept up). Shared by delivery
 * groups and "Can we run it?", so both say the same thing about the same person.
 */
final class SessionChecks {

    private final QualificationEngine engine;
    private final QualificationSettings settings;
    private final ProgrammeRules programme;
    private final NeedLevel level;
    private final List<LocalDate> dates;
    private final LocalDate today;

    /**
     * @param missed  the first session the person cannot take ("on 12/03/2027 (session 5 of 14): …" followed by the
     *                engine's words for each rule not met), empty when they can take every one
     * @param toBook  renewals falling due on the records held before the last session, each with its last day, the
     *                session it must precede and whether it is booked
     * @param taken   how many sessions, from the first, the person can take
     */
    record Outcome(List<String> missed, List<String> toBook, int taken) {
        boolean takesEverySession() {
            return missed.isEmpty();
        }

        /** {@link #missed} as one sentence, for a refusal; {@code null} when every session can be taken. */
        String problem() {
            return missed.isEmpty() ? null : String.join("; ", missed);
        }
    }

    SessionChecks(QualificationSettings settings, ProgrammeRules programme, NeedLevel level, List<LocalDate> dates,
                  LocalDate today) {
        this.engine = new QualificationEngine(settings);
        this.settings = settings;
        this.programme = programme;
        this.level = level;
        this.dates = List.copyOf(dates);
        this.today = today;
    }

    Outcome check(PractitionerRecord held, ExpectedBasis.Booked booked, List<Booking> bookings) {
        LocalDate last = dates.get(dates.size() - 1);
        PractitionerRecord expected = last.isAfter(today)
                ? ExpectedBasis.assume(held, booked, programme, settings, today, last) : held;
        List<String> missed = List.of();
        int taken = 0;
        for (int i = 0; i < dates.size() && missed.isEmpty(); i++) {
            LocalDate on = dates.get(i);
            Verdict verdict = engine.assess(on.isAfter(today) ? expected : held, programme, level, on);
            if (!verdict.qualified()) {
                List<String> words = verdict.rules().stream().filter(o -> !o.met()).map(RuleOutcome::explanation).toList();
                List<String> lines = new ArrayList<>(words);
                lines.set(0, "on " + CoverWording.date(on) + " (session " + (i + 1) + " of " + dates.size() + "): "
                        + words.get(0));
                missed = List.copyOf(lines);
            } else {
                taken++;
            }
        }
        return new Outcome(missed, toBook(held, bookings), taken);
    }

    /**
     * "supervision due by 09/02/2027, before the first session: not booked", "DBS re-check due by 01/03/2027,
     * before session 6 of 14: booked 24/02/2027", or "supervision overdue, to renew before the first session"
     * ("… to renew now" once the group has started). Nothing once the group is over.
     */
    private List<String> toBook(PractitionerRecord held, List<Booking> bookings) {
        LocalDate last = dates.get(dates.size() - 1);
        if (last.isBefore(today)) {
            return List.of(); // the group is over: nothing left to book for it
        }
        // Asked as of today, for a group not yet started and for one already running alike.
        Verdict now = engine.assess(held, programme, level, today);
        String soon = dates.get(0).isAfter(today) ? "to renew before the first session" : "to renew now";
        List<String> toBook = new ArrayList<>();
        for (RuleOutcome outcome : now.rules()) {
            Booking.Renewal renewal = settings.renewable().contains(outcome.rule()) ? Renewals.of(outcome.rule()) : null;
            if (renewal == null || (outcome.met() && (outcome.validUntil() == null || !outcome.validUntil().isBefore(last)))) {
                continue;
            }
            if (!outcome.met()) {
                toBook.add(renewal.label() + " overdue, " + soon + ": "
                        + Renewals.booking(renewal, today, programme.programmeId(), bookings));
                continue;
            }
            LocalDate dueBy = outcome.validUntil();
            int before = 0;
            while (before < dates.size() && !dates.get(before).isAfter(dueBy)) {
                before++;
            }
            String session = before == 0 ? "the first session" : "session " + (before + 1) + " of " + dates.size();
            toBook.add(renewal.label() + " due by " + CoverWording.date(dueBy) + ", before " + session + ": "
                    + Renewals.booking(renewal, dueBy, programme.programmeId(), bookings));
        }
        return toBook;
    }
}
