package uk.facilitate.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.platform.Access;

/**
 * Spend on training: committed (confirmed, running and completed events) and forecast (planned and
 * open ones), per cohort, programme and budget code, and the cost per newly qualified facilitator
 * (committed spend on completed events divided by the accreditation records their completion created).
 * Cancelled events cost nothing here. Three queries, whatever the number of events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortCosts {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Catalogue catalogue;

    /** One cohort's cost: per cohort, the price; per place, the price × confirmed places. */
    public record CohortCost(long eventId, String title, String programmeId, String programmeName, EventStatus status,
                             String budgetCode, CostBasis basis, BigDecimal pounds, long confirmed, BigDecimal cost,
                             boolean committed, long completionRecords) {
    }

    /** A programme's or budget code's totals; {@code costPerNewlyQualified} is null until a completion created records. */
    public record Total(String key, String label, BigDecimal committed, BigDecimal forecast, long completionRecords,
                        BigDecimal completedSpend, BigDecimal costPerNewlyQualified) {
    }

    public record Report(List<CohortCost> cohorts, List<Total> byProgramme, List<Total> byBudgetCode, BigDecimal committed,
                         BigDecimal forecast, String note) {
    }

    public Report report() {
        access.requireManager("see training costs");
        List<TrainingEvent> events = em.createQuery("SELECT e FROM TrainingEvent e WHERE e.status <> :cancelled ORDER BY e.id",
                TrainingEvent.class).setParameter("cancelled", EventStatus.CANCELLED).getResultList();
        Map<Long, Long> confirmed = new HashMap<>();
        em.createQuery("SELECT n.eventId, COUNT(n) FROM Nomination n WHERE n.status = :confirmed AND n.eventId IN"
                        + " (SELECT e.id FROM TrainingEvent e WHERE e.status <> :cancelled) GROUP BY n.eventId", Object[].class)
                .setParameter("confirmed", NominationStatus.CONFIRMED).setParameter("cancelled", EventStatus.CANCELLED)
                .getResultList().forEach(r -> confirmed.put((Long) r[0], (Long) r[1]));
        Map<Long, Long> records = new HashMap<>();
        em.createQuery("SELECT n.eventId, COUNT(n) FROM Nomination n WHERE n.accreditationRecordId IS NOT NULL GROUP BY n.eventId",
                Object[].class).getResultList().forEach(r -> records.put((Long) r[0], (Long) r[1]));
        List<CohortCost> cohorts = new ArrayList<>();
        Map<String, Accumulator> programmes = new TreeMap<>();
        Map<String, Accumulator> budgets = new TreeMap<>();
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal forecast = BigDecimal.ZERO;
        for (TrainingEvent e : events) {
            long places = confirmed.getOrDefault(e.getId(), 0L);
            BigDecimal cost = e.cost(places);
            boolean isCommitted = e.getStatus().committed();
            long created = records.getOrDefault(e.getId(), 0L);
            cohorts.add(new CohortCost(e.getId(), e.getTitle(), e.getProgrammeId(), catalogue.nameOf(e.getProgrammeId()),
                    e.getStatus(), e.getBudgetCode(), e.getCostBasis(), e.getCostPounds(), places, cost, isCommitted, created));
            programmes.computeIfAbsent(e.getProgrammeId(), k -> new Accumulator(catalogue.nameOf(k))).add(e, cost, created);
            String code = e.getBudgetCode() == null || e.getBudgetCode().isBlank() ? "" : e.getBudgetCode();
            budgets.computeIfAbsent(code, k -> new Accumulator(k.isEmpty() ? "No budget code" : k)).add(e, cost, created);
            if (isCommitted) {
                committed = committed.add(cost);
            } else {
                forecast = forecast.add(cost);
            }
        }
        return new Report(cohorts, totals(programmes), totals(budgets), committed, forecast,
                "Cost per newly qualified facilitator = committed spend on completed events / accreditation records their"
                        + " completion created (pending verification included).");
    }

    private static List<Total> totals(Map<String, Accumulator> byKey) {
        return byKey.entrySet().stream().map(e -> e.getValue().total(e.getKey())).toList();
    }

    private static final class Accumulator {
        final String label;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal forecast = BigDecimal.ZERO;
        BigDecimal completedSpend = BigDecimal.ZERO;
        long records;

        Accumulator(String label) {
            this.label = label;
        }

        void add(TrainingEvent e, BigDecimal cost, long created) {
            if (e.getStatus().committed()) {
                committed = committed.add(cost);
            } else {
                forecast = forecast.add(cost);
            }
            if (e.getStatus() == EventStatus.COMPLETED) {
                completedSpend = completedSpend.add(cost);
                records += created;
            }
        }

        Total total(String key) {
            return new Total(key, label, committed, forecast, records, completedSpend,
                    records == 0 ? null : completedSpend.divide(BigDecimal.valueOf(records), 2, RoundingMode.HALF_UP));
        }
    }
}
