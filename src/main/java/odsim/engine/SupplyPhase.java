package odsim.engine;

import odsim.model.Rates;
import odsim.scenario.SupplyParams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The street market's potency: log-potency reverts toward 0 (the heroin reference) with a
 * half-life, takes small daily noise and occasional jumps (new suppliers, new adulterants).
 * It is one market for everyone, so it draws from a sequential Commons RNG stream of its own.
 */
final class SupplyPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final OverdoseSim sim;
    private final transient UniformRandomProvider rng;
    private final transient ContinuousSampler gaussian;
    private final double retention, dailySd, jumpProbability, jumpSd;
    private double logPotency;

    SupplyPhase(OverdoseSim sim) {
        this.sim = sim;
        SupplyParams s = sim.scenario.supply();
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {sim.streams.market.seed(0), sim.streams.market.seed(1)});
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        this.retention = Rates.dailyRetention(s.marketHalfLifeDays());
        this.dailySd = s.marketDailySd() * s.enforcementVolatility();
        this.jumpProbability = Rates.dailyProbability(s.marketJumpsPerYear());
        this.jumpSd = s.marketJumpSd() * s.enforcementVolatility();
    }

    @Override
    public void step(SimState state) {
        // Draw the same numbers every day whether or not a jump happens, so the path of the
        // market depends only on the seed and the supply parameters.
        double noise = gaussian.sample();
        double jumpDraw = rng.nextDouble();
        double jumpSize = gaussian.sample();
        double volatility = sim.rules.supplyVolatility[sim.day];
        logPotency = logPotency * retention + dailySd * volatility * noise
                + (jumpDraw < jumpProbability ? jumpSd * volatility * jumpSize : 0.0);
        sim.marketLogPotency = logPotency;
    }
}
