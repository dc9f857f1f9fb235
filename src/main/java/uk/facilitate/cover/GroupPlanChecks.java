package uk.facilitate.cover;

import java.util.List;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;

/**
 * The checks a planned group's programme, need level and number of sessions get, whether it is a delivery
 * group being planned or a "Can we run it?" question: each problem is added with its field, nothing thrown.
 */
final class GroupPlanChecks {

    private GroupPlanChecks() {
    }

    /** The facilitated programme, or {@code null} with a problem on {@code field}. */
    static Programme programme(Catalogue catalogue, String programmeId, String field, List<InvalidInput.Problem> problems) {
        if (programmeId == null || programmeId.isBlank()) {
            problems.add(new InvalidInput.Problem(field, "Choose the programme"));
            return null;
        }
        Programme programme = CoverService.facilitated(catalogue, programmeId);
        if (programme == null) {
            problems.add(new InvalidInput.Problem(field, "'" + programmeId + "' is not a facilitated programme in the catalogue"));
        }
        return programme;
    }

    /** A need level 1–4 that the programme serves, in the engine's words when it does not. */
    static void needLevel(Programme programme, Integer needLevel, List<InvalidInput.Problem> problems) {
        if (needLevel == null) {
            problems.add(new InvalidInput.Problem("needLevel", "Choose the need level the group serves"));
        } else if (needLevel < 1 || needLevel > 4) {
            problems.add(new InvalidInput.Problem("needLevel", "Need level must be 1, 2, 3 or 4"));
        } else if (programme != null && !programme.serves(NeedLevel.of(needLevel))) {
            // "… is not delivered at need level 4 (specialist); it serves need levels 2 and 3"
            problems.add(new InvalidInput.Problem("needLevel", QualificationEngine.needLevelServed(
                    ProgrammeRules.of(programme), NeedLevel.of(needLevel)).explanation()));
        }
    }

    /** The weekly sessions asked for, else the catalogue's length; {@code null} with a problem when neither will do. */
    static Integer sessions(Programme programme, Integer sessions, List<InvalidInput.Problem> problems) {
        Integer weeks = sessions;
        if (weeks == null && programme != null && programme.length() != null) {
            weeks = programme.length().sessions();
        }
        if (weeks == null) {
            if (programme != null) {
                problems.add(new InvalidInput.Problem("sessions", "Give the number of weekly sessions; the catalogue"
                        + " gives none for " + programme.name()));
            }
        } else if (weeks < 1 || weeks > SessionDates.MAX_SESSIONS) {
            problems.add(new InvalidInput.Problem("sessions", "A group has 1 to " + SessionDates.MAX_SESSIONS
                    + " weekly sessions"));
        }
        return weeks;
    }
}
