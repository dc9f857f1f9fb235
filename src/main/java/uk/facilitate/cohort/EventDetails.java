package uk.facilitate.cohort;

import java.math.BigDecimal;
import java.util.List;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.catalogue.Programme.CostBasis;

/**
 * What a manager states about a training event. {@code costBasis} and {@code costPounds} may be left
 * empty to take the catalogue's training cost for the programme.
 */
public record EventDetails(
        @MaxLength(200) String title,
        @MaxLength(64) String programmeId,
        List<String> steps,
        @MaxLength(200) String provider,
        @MaxLength(200) String venue,
        boolean online,
        Long localityId,
        Integer capacity,
        CostBasis costBasis,
        BigDecimal costPounds,
        @MaxLength(40) String budgetCode) {

    public EventDetails {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    EventDetails withCost(CostBasis basis, BigDecimal pounds) {
        return new EventDetails(title, programmeId, steps, provider, venue, online, localityId, capacity, basis, pounds,
                budgetCode);
    }
}
