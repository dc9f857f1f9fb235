package uk.facilitate.cohort;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import uk.facilitate.catalogue.Programme.CostBasis;

/**
 * What a manager states about a training event. {@code costBasis} and {@code costPounds} may be left
 * empty to take the catalogue's training cost for the programme.
 */
public record EventDetails(
        @Size(max = 200) String title,
        @Size(max = 64) String programmeId,
        List<String> steps,
        @Size(max = 200) String provider,
        @Size(max = 200) String venue,
        boolean online,
        Long localityId,
        Integer capacity,
        CostBasis costBasis,
        BigDecimal costPounds,
        @Size(max = 40) String budgetCode) {

    public EventDetails {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    EventDetails withCost(CostBasis basis, BigDecimal pounds) {
        return new EventDetails(title, programmeId, steps, provider, venue, online, localityId, capacity, basis, pounds,
                budgetCode);
    }
}
