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
 * The street market of the {@link MasonPeer}, scheduled before the people each day. It is
 * {@link SupplyPhase} for a different owner: the same generator, seeded from the same stream,
 * drawing the same three numbers a day, so both models see the same market path.
 */
final class PeerMarket implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;
    private final transient UniformRandomProvider rng;
    private final transient ContinuousSampler gaussian;
    private final double retention, dailySd, jumpProbability, jumpSd;
    private double logPotency;

    PeerMarket(MasonPeer sim) {
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
        double noise = gaussian.sample();
        double jumpDraw = rng.nextDouble();
        double jumpSize = gaussian.sample();
        logPotency = logPotency * retention + dailySd * noise + (jumpDraw < jumpProbability ? jumpSd * jumpSize : 0.0);
        sim.marketLogPotency = logPotency;
    }
}
