package odsim.economics;

import odsim.model.Rates;

/**
 * Discounting to the first day of the horizon at an annual rate, applied day by day: a cost or
 * outcome on day d is worth {@code (1 + rate)^(-d / 365.25)} of one on day 0.
 */
public record Discounting(double annualRate) {
    public Discounting {
        if (!(annualRate >= 0 && annualRate < 1)) throw new IllegalArgumentException("discount rate " + annualRate + " not in [0, 1)");
    }

    /** Factors for days 0 .. days-1. */
    public double[] dailyFactors(int days) {
        double[] f = new double[days];
        double perDay = Math.pow(1 + annualRate, -1 / Rates.DAYS_PER_YEAR);
        double v = 1;
        for (int d = 0; d < days; d++) {
            f[d] = v;
            v *= perDay;
        }
        return f;
    }

    /**
     * Present value, at day 0, of one unit a year received continuously for {@code years} years
     * starting {@code fromYears} years after day 0.
     */
    public double annuity(double fromYears, double years) {
        if (years <= 0) return 0;
        if (annualRate == 0) return years;
        double delta = Math.log1p(annualRate);
        return Math.exp(-delta * fromYears) * -Math.expm1(-delta * years) / delta;
    }
}
