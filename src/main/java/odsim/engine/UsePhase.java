package odsim.engine;

import odsim.model.StandardNormal;
import odsim.results.Measure;

/**
 * Today's use: who uses, what dose the supply gives them, whether it overdoses them, and how
 * their tolerance follows. The ratio of intake to tolerance is the whole mechanism: a strong
 * batch or a body that lost tolerance in abstinence raises it; methadone and buprenorphine hold
 * tolerance up and replace most street use-days.
 */
final class UsePhase implements BlockPhase {
    private final OverdoseSim sim;
    private final OverdoseCascade cascade;

    UsePhase(OverdoseSim sim) {
        this.sim = sim;
        this.cascade = new OverdoseCascade(sim);
    }

    /**
     * One block, in two passes that keep each person's order (a kit received, today's use, then a
     * kit lost): first the people who may take opioids today, gathered without branching so the
     * loop over them does not stumble on a mix of states; then the people holding a kit.
     */
    @Override
    public void block(int b) {
        DayTally t = sim.tallies[b];
        People p = sim.people;
        byte[] state = p.state, flags = p.flags;
        int[] mayUse = sim.rules.mayUseToday;
        int[] users = BlockScratch.get().list;
        int n = 0, start = OverdoseSim.blockStart(b), end = sim.blockEnd(b);
        for (int i = start; i < end; i++) {
            int code = state[i];
            // Medication in custody holds tolerance too (mayUse is 0 or 1, so only that flag's bit counts).
            users[n] = i;
            n += mayUse[code] | (mayUse[code + UseState.ALL.length] & (flags[i] >> People.MEDICATED_IN_CUSTODY_BIT));
        }
        // Grouped by state, so the branches on the state in use() run in long stretches; the deaths
        // phase resolves fatal overdoses in index order whatever order they were met in.
        int[] byState = BlockScratch.get().groupByState(users, n, state);
        boolean kits = sim.kitChance > 0;
        for (int k = 0; k < n; k++) {
            int i = byState[k];
            byte code = state[i];
            if (kits) receiveKit(i, code, t);
            use(i, code, t);
        }
        // Kits are used, lost or expire; checked after today's use, so a kit held this morning counts today.
        double kitLoss = sim.rules.kitLoss;
        for (int i = start; i < end; i++) {
            if ((flags[i] & People.FLAG_HOLDS_KIT) != 0 && state[i] < UseState.DEAD_OVERDOSE.code
                    && sim.streams.kitLoss.uniform(i, sim.day) < kitLoss) {
                p.set(i, People.FLAG_HOLDS_KIT, false);
            }
        }
    }

    /** Naloxone distribution reaches people who use and hold no kit (the caller checks that kits are handed out today). */
    private void receiveKit(int i, byte code, DayTally t) {
        if (sim.rules.usesOpioids[code] && (sim.people.flags[i] & People.FLAG_HOLDS_KIT) == 0
                && sim.streams.kitGiven.uniform(i, sim.day) < sim.kitChance) {
            sim.people.set(i, People.FLAG_HOLDS_KIT, true);
            t.add(Measure.KITS_DISTRIBUTED, 1);
            t.add(Measure.COST_NALOXONE, sim.scenario.policies().naloxone().costPerKit());
        }
    }

    /**
     * Whether today's street use-day happens at an overdose prevention centre: the person lives
     * within reach of a site (a fixed place, so reach grows as sites open), chooses the site for
     * this use-day, and there is room today.
     */
    private boolean atSite(int i, int day, DayTally t) {
        Rules r = sim.rules;
        if (!r.opcConfigured) return false;
        var opc = sim.scenario.policies().opc();
        double home = sim.streams.opcReach.uniform(i, 0);
        if (home >= opc.reach() || sim.streams.opcVisit.uniform(i, day, 0) >= opc.useDaysAtSite()) return false;
        // Would come if every site were open: tomorrow's capacity is shared out from this count.
        t.opcPotentialDemand++;
        if (home >= opc.reach() * r.opcLevel[day] || sim.streams.opcVisit.uniform(i, day, 1) >= sim.opcAdmitChance) return false;
        t.add(Measure.OPC_VISITS, 1);
        return true;
    }

    private static final int NOTHING = 0, DISCARD = 1, USE_LESS = 2, USE_WITH_OTHERS = 3;

    /**
     * Drug checking: on a checked use-day, a batch far stronger than the market's usual one is
     * flagged, and the person discards it, takes half, or makes sure someone is there.
     */
    private int checkBatch(int i, int day, double logPotency, DayTally t) {
        var dc = sim.scenario.policies().drugChecking();
        KeyedStream draw = sim.streams.drugCheck;
        if (draw.uniform(i, day, 0) >= dc.coverage() * sim.rules.drugCheckingLevel[day]) return NOTHING;
        t.add(Measure.DRUG_CHECKS, 1);
        t.add(Measure.COST_DRUG_CHECKING, dc.costPerCheck());
        if (logPotency - sim.marketLogPotency <= sim.rules.logStrongBatch) return NOTHING;
        t.add(Measure.STRONG_RESULTS, 1);
        double u = draw.uniform(i, day, 1);
        if (u < dc.discard()) return DISCARD;
        if (u < dc.discard() + dc.useLess()) return USE_LESS;
        if (u < dc.discard() + dc.useLess() + dc.useWithOthers()) return USE_WITH_OTHERS;
        return NOTHING;
    }

    private void use(int i, byte code, DayTally t) {
        People p = sim.people;
        Rules r = sim.rules;
        Streams st = sim.streams;
        int day = sim.day;
        double useDay = r.useDayProbability[code];
        double heldByMedication = r.medicationTolerance[code];
        if (useDay == 0 && heldByMedication == 0) {
            // Abstinent today, and tolerance decays lazily, unless medication in custody holds it.
            if ((p.flags[i] & People.FLAG_MEDICATED_IN_CUSTODY) == 0) return;
            heldByMedication = r.custodyMedicationTolerance;
        }
        // Tolerance is stored as of the last day with opioids and decayed for the gap since.
        double tolerance = r.toleranceAfter(p.tolerance[i], day - 1 - p.lastUseDay[i]);
        // Methadone and buprenorphine are opioids taken daily: they hold tolerance up.
        tolerance = Math.max(tolerance, heldByMedication * p.habitualDose[i]);
        // Prescribed opioids are taken every day from a known supply: no use-day or batch to draw.
        long useDraws = useDay >= 1.0 ? 0L : st.useDay.pair(i, day);
        boolean uses = useDay >= 1.0 || KeyedStream.first(useDraws) < useDay;
        if (!uses && heldByMedication == 0) return;
        if (uses) {
            double batch = KeyedStream.second(useDraws);
            long doseDraws = st.dose.pair(i, day);
            double z = StandardNormal.quantile(KeyedStream.first(doseDraws));
            boolean fentanyl;
            double logPotency;
            // Safe supply clients take most use-days from a known-potency pharmaceutical supply.
            boolean safe = code == UseState.SAFE_SUPPLY.code
                    && st.safeSupplyDays.uniform(i, day) < sim.scenario.policies().safeSupply().replacedShare();
            if (safe || code == UseState.PRESCRIBED.code || (code == UseState.NONMEDICAL.code && batch >= r.counterfeitShare[day])) {
                fentanyl = false;
                logPotency = r.pharmaSd * z;
            } else if (code == UseState.NONMEDICAL.code) {
                fentanyl = true; // a counterfeit pill pressed with fentanyl
                logPotency = sim.marketLogPotency + r.logFentanylPotency + r.fentanylSd * z;
            } else {
                fentanyl = batch < r.fentanylShare[day];
                double volatility = r.supplyVolatility[day];
                logPotency = sim.marketLogPotency
                        + (fentanyl ? r.logFentanylPotency + r.fentanylSd * volatility * z : r.heroinSd * volatility * z);
            }
            boolean street = !safe && code != UseState.PRESCRIBED.code && (fentanyl || code != UseState.NONMEDICAL.code);
            boolean supervised = street && (code == UseState.STREET.code || code == UseState.SAFE_SUPPLY.code) && atSite(i, day, t);
            // Buprenorphine's blockade blunts a street dose taken on top of it.
            double intake = p.habitualDose[i] * Math.exp(logPotency) * r.intakeFactor[code];
            boolean withOthers = false;
            if (street && r.drugCheckingLevel[day] > 0) {
                int action = checkBatch(i, day, logPotency, t);
                if (action == DISCARD) {
                    if (heldByMedication > 0) {
                        p.tolerance[i] = (float) tolerance;
                        p.lastUseDay[i] = day;
                    }
                    return;
                }
                if (action == USE_LESS) intake *= 0.5;
                withOthers = action == USE_WITH_OTHERS;
            }
            double u = KeyedStream.second(doseDraws);
            // No ratio overdoses more often than the curve's maximum: most draws stop at the first test.
            if (u < r.risk.max() && u < r.risk.probability(intake / tolerance)) {
                if (supervised) cascade.overdoseAtSite(i, UseState.of(code), fentanyl, t);
                else cascade.overdose(i, UseState.of(code), fentanyl, withOthers, t);
            }
            tolerance += r.adaptation * (intake - tolerance);
            if (supervised && sim.streams.opcReferral.uniform(i, day) < sim.scenario.policies().opc().treatmentReferralPerVisit()) {
                cascade.startTreatment(i, t);
            }
        }
        p.tolerance[i] = (float) tolerance;
        p.lastUseDay[i] = day;
    }

}
