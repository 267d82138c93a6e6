package odsim.engine;

import odsim.model.Rates;
import odsim.scenario.SupplyParams;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The street market's potency over time: log-potency reverts toward 0 (the heroin reference)
 * with a half-life, takes small daily noise and occasional jumps (new suppliers, new
 * adulterants), both scaled by the day's enforcement volatility. One market for everyone, drawn
 * from a sequential Commons RNG stream of its own, seeded from the run's "supply.market" stream.
 */
final class StreetMarket {
    private final RestorableUniformRandomProvider rng;
    private final ContinuousSampler gaussian;
    private final double retention, dailySd, jumpProbability, jumpSd;
    private double logPotency;

    StreetMarket(SupplyParams s, Streams streams) {
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {streams.market.seed(0), streams.market.seed(1)});
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        this.retention = Rates.dailyRetention(s.marketHalfLifeDays());
        this.dailySd = s.marketDailySd() * s.enforcementVolatility();
        this.jumpProbability = Rates.dailyProbability(s.marketJumpsPerYear());
        this.jumpSd = s.marketJumpSd() * s.enforcementVolatility();
    }

    /**
     * Continues {@code warmedUp}'s path from where it is (its potency and its generator's state),
     * under this market's parameters: a run starting from another run's warm-up.
     */
    void continueFrom(StreetMarket warmedUp) {
        logPotency = warmedUp.logPotency;
        rng.restoreState(warmedUp.rng.saveState());
    }

    /** Advances one day and returns the day's log-potency. */
    double nextDay(double volatility) {
        // The same three numbers every day, jump or not, so the path depends only on the seed and parameters.
        double noise = gaussian.sample();
        double jumpDraw = rng.nextDouble();
        double jumpSize = gaussian.sample();
        logPotency = logPotency * retention + dailySd * volatility * noise
                + (jumpDraw < jumpProbability ? jumpSd * volatility * jumpSize : 0.0);
        return logPotency;
    }
}
