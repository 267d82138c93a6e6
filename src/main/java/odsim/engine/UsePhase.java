package odsim.engine;

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
        this.cascade = new OverdoseCascade(sim, true);
    }

    /**
     * One block: the people whose use-day is today ({@link UseDays}) or, on a prescription,
     * whose possible overdose day is today ({@link Prescriptions}), gathered without branching.
     * (Grouping them by state, which paid when everyone who might use was stepped daily, no
     * longer measurably does: they are few, and each does much more.)
     */
    @Override
    public void block(int b) {
        DayTally t = sim.tallies[b];
        People p = sim.people;
        byte[] state = p.state;
        int[] stepped = sim.rules.steppedOnEventDay;
        int[] eventDay = p.eventDay;
        int day = sim.day;
        BlockScratch scratch = BlockScratch.get();
        int[] users = scratch.list, today = scratch.today;
        int n = 0;
        for (int k = 0, m = scratch.todayCount; k < m; k++) {
            int i = today[k];
            users[n] = i;
            n += stepped[state[i]] & (eventDay[i] == day ? 1 : 0);
        }
        for (int k = 0; k < n; k++) {
            int i = users[k];
            use(i, state[i], t);
        }
    }

    /**
     * Naloxone distribution reaches people who use and hold no kit, at their use-days (outreach,
     * syringe services, pharmacies: where people who use are met), before the day's use: with
     * chance p / u on a use-day for a daily chance p and a use-day chance u, which is the daily
     * chance p while p is below u (beyond it, everyone without a kit gets one at their next use-day).
     */
    private void receiveKit(int i, byte code, DayTally t) {
        People p = sim.people;
        Rules r = sim.rules;
        if (r.usesOpioids[code] && (p.flags[i] & People.FLAG_HOLDS_KIT) == 0
                && sim.streams.kitGiven.uniform(i, sim.day) * r.useDayProbability[code] < sim.kitChance) {
            p.set(i, People.FLAG_HOLDS_KIT, true);
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
        if (!r.opcConfigured || (sim.people.flags[i] & People.FLAG_NEAR_SITE) == 0) return false;
        var opc = sim.scenario.policies().opc();
        if (sim.streams.opcVisit.uniform(i, day, 0) >= opc.useDaysAtSite()) {
            return false;
        }
        // Would come if every site were open: tomorrow's capacity is shared out from this count.
        t.opcPotentialDemand++;
        if (sim.streams.opcReach.uniform(i, 0) >= opc.reach() * r.opcLevel[day] || sim.streams.opcVisit.uniform(i, day, 1) >= sim.opcAdmitChance) return false;
        t.add(Measure.OPC_VISITS, 1);
        return true;
    }

    private static final int NOTHING = 0, DISCARD = 1, USE_LESS = 2, USE_WITH_OTHERS = 3;

    /** Whether this use-day's batch is checked (coverage of drug checking today). */
    private boolean isChecked(int i, int day, DayTally t) {
        var dc = sim.scenario.policies().drugChecking();
        if (sim.streams.drugCheck.uniform(i, day, 0) >= dc.coverage() * sim.rules.drugCheckingLevel[day]) return false;
        t.add(Measure.DRUG_CHECKS, 1);
        t.add(Measure.COST_DRUG_CHECKING, dc.costPerCheck());
        return true;
    }

    /**
     * Drug checking flags a batch far stronger than the market's usual one ({@code logDeviation}
     * is the batch's log-potency relative to the market); the person discards it, takes half,
     * or makes sure someone is there.
     */
    private int actOnResult(int i, int day, double logDeviation, DayTally t) {
        if (logDeviation <= sim.rules.logStrongBatch) return NOTHING;
        var dc = sim.scenario.policies().drugChecking();
        t.add(Measure.STRONG_RESULTS, 1);
        double u = sim.streams.drugCheck.uniform(i, day, 1);
        if (u < dc.discard()) return DISCARD;
        if (u < dc.discard() + dc.useLess()) return USE_LESS;
        if (u < dc.discard() + dc.useLess() + dc.useWithOthers()) return USE_WITH_OTHERS;
        return NOTHING;
    }

    /** Which supply a use-day in state {@code code} takes today. */
    private int supplyOf(int i, byte code, int day) {
        if (code == UseState.PRESCRIBED.code) return DaySupply.PHARMA;
        if (code == UseState.NONMEDICAL.code) return DaySupply.PILL;
        // Safe supply clients take most use-days from a known-potency pharmaceutical supply.
        if (code == UseState.SAFE_SUPPLY.code
                && sim.streams.safeSupplyDays.uniform(i, day) < sim.scenario.policies().safeSupply().replacedShare()) {
            return DaySupply.PHARMA;
        }
        return DaySupply.STREET;
    }

    /**
     * A person's use today. A use-day's overdose is one uniform against the chance averaged over
     * the day's batches ({@link DaySupply}); the batch itself is drawn only when a check looks at
     * it or an overdose needs to know whether it held fentanyl. Tolerance moves toward the
     * habitual dose at the supply's mean potency (MODEL.md: it "rises toward the habitual dose
     * with use").
     */
    private void use(int i, byte code, DayTally t) {
        if (code == UseState.PRESCRIBED.code) {
            possibleOverdoseOnPrescription(i, t);
            return;
        }
        People p = sim.people;
        Rules r = sim.rules;
        Streams st = sim.streams;
        int day = sim.day;
        if (sim.kitChance > 0) receiveKit(i, code, t);
        // Today is a use-day. One hash: the overdose draw, and the days to the next use-day.
        long draws = st.useDay.pair(i, day);
        nextUseDay(i, code, day, KeyedStream.second(draws));
        double tolerance = sim.toleranceBroughtTo(i, day);
        int supply = supplyOf(i, code, day);
        DaySupply today = sim.supply;
        boolean street = supply == DaySupply.STREET;
        boolean supervised = street && (code == UseState.STREET.code || code == UseState.SAFE_SUPPLY.code) && atSite(i, day, t);
        // Buprenorphine's blockade blunts a street dose taken on top of it.
        double dose = p.habitualDose[i] * r.intakeFactor[code];
        double ratio = dose / tolerance;
        double overdoseChance;
        boolean withOthers = false, checked = false, checkedFentanyl = false;
        // Drug checking looks at street batches and pills bought for non-medical use.
        if (supply != DaySupply.PHARMA && r.drugCheckingLevel[day] > 0 && isChecked(i, day, t)) {
            // The checked batch is drawn and known: its own chance, not the average over batches.
            long batch = st.dose.pair(i, day);
            checked = true;
            checkedFentanyl = today.batchIsFentanyl(supply, KeyedStream.first(batch));
            double logPotency = today.batchLogPotency(supply, KeyedStream.first(batch), KeyedStream.second(batch));
            int action = actOnResult(i, day, logPotency - today.marketLogPotency, t);
            if (action == DISCARD) return;
            if (action == USE_LESS) dose *= 0.5;
            withOthers = action == USE_WITH_OTHERS;
            ratio = dose / tolerance;
            overdoseChance = r.risk.probability(ratio * Math.exp(logPotency));
        } else {
            overdoseChance = today.overdoseChance(supply, ratio);
        }
        if (KeyedStream.first(draws) < overdoseChance) {
            boolean fentanyl = checked ? checkedFentanyl
                    : supply != DaySupply.PHARMA && st.dose.uniform(i, day) < today.fentanylPartOfOverdose(supply, ratio);
            if (supervised) cascade.overdoseAtSite(i, UseState.of(code), fentanyl, t);
            else cascade.overdose(i, UseState.of(code), fentanyl, withOthers, t);
        }
        tolerance += r.adaptation * (dose * today.meanPotency(supply) - tolerance);
        if (supervised && st.opcReferral.uniform(i, day) < sim.scenario.policies().opc().treatmentReferralPerVisit()) {
            cascade.startTreatment(i, t);
        }
        store(p, i, tolerance, day);
    }

    /**
     * A possible overdose day of a person on prescribed opioids ({@link Prescriptions}): an
     * overdose with chance p(today) / B, then the next possible day.
     */
    private void possibleOverdoseOnPrescription(int i, DayTally t) {
        People p = sim.people;
        Rules r = sim.rules;
        int day = sim.day;
        double tolerance = Prescriptions.tolerance(sim, i, day);
        double bound = Prescriptions.bound(r, p.tolerance[i], p.habitualDose[i]);
        long draws = sim.streams.prescribedOverdoseDay.pair(i, day);
        if (KeyedStream.first(draws) * bound < r.pharmaRisk.probability(p.habitualDose[i] / tolerance)) {
            cascade.overdose(i, UseState.PRESCRIBED, false, false, t);
        }
        // Unless a referral moved them to treatment, the next possible day.
        if (p.state[i] == UseState.PRESCRIBED.code) p.eventDay[i] = day + Prescriptions.gap(bound, KeyedStream.second(draws));
    }

    /** The next use-day in the same state (a state entered today drew its own first use-day). */
    private void nextUseDay(int i, byte code, int day, double u) {
        sim.people.eventDay[i] = day + UseDays.gap(sim.rules, code, u);
    }

    private static void store(People p, int i, double tolerance, int day) {
        p.tolerance[i] = (float) tolerance;
        p.lastUseDay[i] = day;
    }
}
