package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import odsim.model.UseState;
import org.junit.jupiter.api.Test;

/**
 * The day loop steps a person only on the days something is due; what it skips must be what the
 * daily rules would have done: a coin per day for use-days, a daily step of pain recovery.
 */
class LazyRulesTest {
    private final Rules rules = new Rules(Sims.scenario(Sims.FROZEN));

    @Test
    void gapsBetweenUseDaysAreThoseOfADailyCoin() {
        SplittableRandom rng = new SplittableRandom(3);
        for (UseState s : new UseState[] {UseState.NONMEDICAL, UseState.STREET, UseState.METHADONE, null}) {
            // null: an occasional misuser of pills, whose chance is their own
            double p = s == null ? rules.occasionalUseDayProbability : rules.useDayProbability[s.code];
            var gaps = s == null ? rules.occasionalGaps : rules.useDayGaps[s.code];
            int n = 400_000;
            long[] counts = new long[4];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                int gap = gaps.gap(rng.nextDouble(0x1.0p-53, 1.0));
                assertTrue(gap >= 1);
                sum += gap;
                if (gap <= 3) counts[gap]++;
            }
            // A daily coin with chance p: the next use-day is k days away with chance p (1 - p)^(k - 1).
            for (int gap = 1; gap <= 3; gap++) {
                double expected = p * Math.pow(1 - p, gap - 1);
                double se = Math.sqrt(expected * (1 - expected) / n);
                assertEquals(expected, counts[gap] / (double) n, 5 * se, (s == null ? "occasional" : s) + ", gap " + gap);
            }
            double mean = 1 / p, se = Math.sqrt((1 - p) / (p * p) / n);
            assertEquals(mean, sum / n, 5 * se, (s == null ? "occasional" : s) + ": mean gap");
        }
    }

    @Test
    void painBroughtForwardIsTheDailyRecovery() {
        float base = 0.2f, start = 0.9f;
        double daily = start;
        for (int days = 1; days <= 2000; days++) {
            daily = base + (daily - base) * rules.physicalRetention;
            float lazy = PainClock.relaxed(start, base, rules.physicalKept(days));
            assertEquals(daily, lazy, 1e-6, "after " + days + " days");
        }
    }
}
