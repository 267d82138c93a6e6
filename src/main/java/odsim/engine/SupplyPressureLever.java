package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.Scenario;
import odsim.scenario.SupplyPressurePolicy;

/**
 * Supply-side pressure (crackdowns, seizures): makes the street market more volatile, batch to
 * batch and day to day ({@link StreetMarket}, {@link DaySupply}), at a cost in proportion to how
 * far it is pushed.
 */
final class SupplyPressureLever implements RunningCost {
    private final SupplyPressurePolicy policy;
    /** The volatility multiplier by day, to hundredths. */
    private final double[] volatility;

    SupplyPressureLever(Scenario s, DayGrid grid) {
        policy = s.policies().supplyPressure();
        volatility = grid.byDay(policy.volatility());
        // To hundredths: each distinct value needs its own batch-averaged overdose tables (about
        // 50 ms each to build), so a ramp that moved every day would build hundreds of them.
        for (int d = 0; d < volatility.length; d++) volatility[d] = Math.round(volatility[d] * 100) / 100.0;
    }

    double volatility(int day) {
        return volatility[day];
    }

    @Override
    public void addTo(double[] today, int day, double perDay, double scale) {
        today[Measure.COST_SUPPLY_PRESSURE.ordinal()] += (volatility[day] - 1) * policy.costPerYearAtDouble() * perDay / scale;
    }
}
