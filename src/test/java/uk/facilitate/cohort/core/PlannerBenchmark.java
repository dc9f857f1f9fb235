package uk.facilitate.cohort.core;

import java.math.BigDecimal;
import java.util.List;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;

/**
 * Benchmark note for the planner (run by hand, not a test: timings depend on the machine):
 * {@code java -cp target/test-classes:target/classes:<deps> uk.facilitate.cohort.core.PlannerBenchmark}.
 * On the 2-core development machine, for the synthetic borough of {@link PlannerTest} (3,000 staff, four
 * localities, eight targets, ~24 gap units): about 0.5 s per plan once warm, about 1–2.7 s for the first
 * (cold JIT), with 0.2 s more to count current cover with the engine. The application reads current cover
 * from the qualification index instead.
 */
public final class PlannerBenchmark {

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        PlannerTest setup = new PlannerTest();
        List<Planner.Person> people = PlannerTest.borough(3000, 42);
        Planner.Input input = setup.input(people, setup.eachLocality(5), new BigDecimal("200000"), List.of());
        Planner planner = new Planner(new QualificationEngine(QualificationSettings.defaults()));
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            Planner.Plan plan = planner.plan(input);
            System.out.printf("run %d: %.0f ms, %d suggestions, cost %s%n", run, (System.nanoTime() - start) / 1e6,
                    plan.suggestions().size(), Pounds.format(plan.totalCost()));
        }
    }
}
