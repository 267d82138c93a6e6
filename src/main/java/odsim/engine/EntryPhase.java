package odsim.engine;

import odsim.model.Rates;
import odsim.results.Measure;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * New people enter the population at risk (ageing in, moving in) at a steady yearly rate. The
 * number each day comes from a sequential stream of its own, independent of any policy, so the
 * same people with the same identities enter in every scenario.
 */
final class EntryPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final OverdoseSim sim;
    private final transient DiscreteSampler arrivals;

    EntryPhase(OverdoseSim sim) {
        this.sim = sim;
        this.arrivals = arrivals(sim.world, sim.entries);
    }

    /** The sequential stream entrants are counted from, seeded from the run's "entry" stream. */
    static RestorableUniformRandomProvider stream(World w) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {w.streams.entry.seed(0), w.streams.entry.seed(1)});
    }

    /** Today's number of entrants, drawn from {@code stream}: the same sequence for the engine and the peer. */
    static DiscreteSampler arrivals(World w, UniformRandomProvider stream) {
        var pop = w.scenario.population();
        double perDay = pop.entrantsPerYear() * pop.agents() / Rates.DAYS_PER_YEAR;
        return perDay > 0 ? PoissonSampler.of(stream, perDay) : () -> 0;
    }

    @Override
    public void step(SimState state) {
        int n = arrivals.sample();
        for (int k = 0; k < n; k++) {
            int i = sim.people.add();
            PopulationSetup.entrant(sim, i, sim.world.day);
        }
        sim.ensureTallies();
        // Entrants are counted in the last block's tally, the one that holds the newest slots.
        sim.tallies[sim.blocks() - 1].add(Measure.ENTRANTS, n);
    }
}
