package odsim.engine;

import odsim.model.StandardNormal;
import odsim.scenario.TreatmentParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Today's use: who uses, what dose the supply gives them, whether it overdoses them, and how
 * their tolerance follows. The ratio of intake to tolerance is the whole mechanism: a strong
 * batch or a body that lost tolerance in abstinence raises it; methadone and buprenorphine hold
 * tolerance up and replace most street use-days.
 */
final class UsePhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final OverdoseSim sim;
    private final OverdoseCascade cascade;

    UsePhase(OverdoseSim sim) {
        this.sim = sim;
        this.cascade = new OverdoseCascade(sim);
    }

    @Override
    public void step(SimState state) {
        sim.runner.forEachBlock(sim.blocks(), this::block);
    }

    private void block(int b) {
        DayTally t = sim.tallies[b];
        for (int i = OverdoseSim.blockStart(b), end = sim.blockEnd(b); i < end; i++) {
            byte code = sim.people.state[i];
            if (code >= UseState.DEAD_OVERDOSE.code) continue;
            person(i, UseState.of(code), t);
        }
    }

    private void person(int i, UseState state, DayTally t) {
        People p = sim.people;
        Rules r = sim.rules;
        Streams st = sim.streams;
        int day = sim.day;
        var use = sim.scenario.use();
        TreatmentParams tr = sim.scenario.treatment();
        double useDay = switch (state) {
            case PRESCRIBED -> 1.0;
            case NONMEDICAL -> use.nonmedicalUseDayProbability();
            case STREET -> use.streetUseDayProbability();
            case METHADONE -> tr.methadoneStreetUseDay();
            case BUPRENORPHINE -> tr.buprenorphineStreetUseDay();
            default -> 0.0;
        };
        // Tolerance is stored as of the last day with opioids and decayed for the gap since.
        double tolerance = r.toleranceAfter(p.tolerance[i], day - 1 - p.lastUseDay[i]);
        // Methadone and buprenorphine are opioids taken daily: they hold tolerance up.
        if (state == UseState.METHADONE) tolerance = Math.max(tolerance, tr.methadoneTolerance() * p.habitualDose[i]);
        else if (state == UseState.BUPRENORPHINE) tolerance = Math.max(tolerance, tr.buprenorphineTolerance() * p.habitualDose[i]);
        boolean exposed = state.onMedication();
        if (useDay > 0 && (useDay >= 1.0 || st.useDay.uniform(i, day) < useDay)) {
            boolean fentanyl;
            double logPotency;
            if (state == UseState.PRESCRIBED
                    || (state == UseState.NONMEDICAL && st.batchKind.uniform(i, day) >= r.counterfeitShare[day])) {
                fentanyl = false;
                logPotency = r.pharmaSd * normal(i, day);
            } else if (state == UseState.NONMEDICAL) {
                fentanyl = true; // a counterfeit pill pressed with fentanyl
                logPotency = sim.marketLogPotency + r.logFentanylPotency + r.fentanylSd * normal(i, day);
            } else {
                fentanyl = st.batchKind.uniform(i, day) < r.fentanylShare[day];
                logPotency = sim.marketLogPotency
                        + (fentanyl ? r.logFentanylPotency + r.fentanylSd * normal(i, day) : r.heroinSd * normal(i, day));
            }
            double intake = p.habitualDose[i] * Math.exp(logPotency);
            if (state == UseState.BUPRENORPHINE) intake *= tr.buprenorphineBlockade();
            if (st.overdose.uniform(i, day) < r.risk.probability(intake / tolerance)) {
                cascade.overdose(i, state, fentanyl, t);
            }
            tolerance += sim.scenario.tolerance().adaptationPerUseDay() * (intake - tolerance);
            exposed = true;
        }
        if (exposed) {
            p.tolerance[i] = (float) tolerance;
            p.lastUseDay[i] = day;
        }

        if ((p.flags[i] & People.FLAG_HOLDS_KIT) != 0 && st.kitLoss.uniform(i, day) < r.kitLoss) {
            p.set(i, People.FLAG_HOLDS_KIT, false);
        }
    }

    private double normal(int i, int day) {
        return StandardNormal.quantile(sim.streams.batchPotency.uniform(i, day));
    }
}
