package odsim.engine;

import odsim.model.StandardNormal;
import odsim.model.UseState;
import odsim.scenario.PopulationParams;

/** Creates the people of day 0 and the people who enter later, from the scenario's shares. */
final class PopulationSetup {
    private PopulationSetup() {}

    static void populate(OverdoseSim sim) {
        PopulationParams pop = sim.world.scenario.population();
        People people = sim.people;
        people.size = 0;
        for (int i = 0; i < pop.agents(); i++) people.add();
        sim.ensureTallies();
        sim.runner.forEachBlock(sim.blocks(), b -> {
            for (int i = OverdoseSim.blockStart(b), end = sim.blockEnd(b); i < end; i++) initial(sim, i);
        });
        // Day 0's witnesses and programs start from the population as created.
        int users = 0, usersWithKit = 0, inTreatment = 0;
        for (int i = 0; i < people.size; i++) {
            if (people.state(i).onMedication()) inTreatment++;
            if (sim.world.rules.usesOpioids[people.state[i]]) {
                users++;
                if (people.has(i, People.FLAG_HOLDS_KIT)) usersWithKit++;
            }
        }
        sim.demand.inTreatment = inTreatment;
        sim.demand.usersWithoutKit = users - usersWithKit;
        sim.world.kitHoldingShare = users > 0 ? (double) usersWithKit / users : 0;
        OpcLever opc = sim.world.rules.opc;
        if (opc.configured()) {
            // Before day 0 there is no count of who would come to a centre: expect it from the people within reach.
            double near = 0;
            for (int i = 0; i < people.size; i++) {
                if (people.state[i] == UseState.STREET.code && opc.nearSite(sim.world, i)) near++;
            }
            sim.demand.opcPotentialDemand = opc.initialDemand(near, sim.world.scenario.use().streetUseDayProbability());
        }
    }

    private static void initial(OverdoseSim sim, int i) {
        PopulationParams pop = sim.world.scenario.population();
        KeyedStream init = sim.world.streams.init;
        UseState state = initialState(pop, init.uniform(i, 0, 0));
        double age = clamp(pop.meanAge() + pop.sdAge() * StandardNormal.quantile(init.uniform(i, 0, 1)), 12, 90);
        // People have been in their state for a while already; up to three years.
        int since = -(int) (init.uniform(i, 0, 9) * 3 * 365);
        boolean streetHistory = state == UseState.STREET || state.onMedication()
                || (state == UseState.REMISSION && init.uniform(i, 0, 8) < 0.5);
        fill(sim, i, state, age, since, streetHistory, 0, true);
    }

    /** A new person entering the population at risk on {@code day}, not using yet. */
    static void entrant(OverdoseSim sim, int i, int day) {
        PopulationParams pop = sim.world.scenario.population();
        double age = clamp(pop.entrantMeanAge() + 3.0 * StandardNormal.quantile(sim.world.streams.init.uniform(i, day, 1)), 12, 90);
        fill(sim, i, UseState.NO_USE, age, day, false, day, false);
    }

    private static void fill(OverdoseSim sim, int i, UseState state, double age, int since, boolean streetHistory, int day,
                             boolean initial) {
        var s = sim.world.scenario;
        var pain = s.pain();
        People p = sim.people;
        KeyedStream init = sim.world.streams.init;
        p.state[i] = state.code;
        p.stateSince[i] = since;
        p.eventDay[i] = 0;
        java.util.Arrays.fill(p.eventStart, i * People.EVENTS, (i + 1) * People.EVENTS, People.NO_EVENT);
        p.setBuysFromDealers(i, sim.world.buysPillsFromDealers(i));
        // How a person would use street opioids is theirs for life; the first people who inject
        // and have used street opioids carry hepatitis C and HIV as often as people who inject do.
        Infections infections = sim.world.rules.infections;
        boolean injects = infections.injects(sim.world, i);
        p.setMarkUncounted(p.injectsBits, i, injects);
        boolean infectable = initial && injects && streetHistory;
        p.setMarkUncounted(p.hcvBits, i, infectable && infections.startsWith(sim.world, i, Infections.HCV));
        p.setMarkUncounted(p.hivBits, i, infectable && infections.startsWith(sim.world, i, Infections.HIV));
        boolean record = sim.world.rules.records.startsWith(sim.world, i, day, state, streetHistory);
        p.setMarkUncounted(p.recordBits, i, record);
        // A record carried from before raises the economic stress the person returns to (Records).
        double recordPain = record ? sim.world.rules.records.economicPain() : 0;
        p.overdoses[i] = 0;
        p.birthDay[i] = day - (int) Math.round(age * 365.25);
        int flags = 0;
        if (init.uniform(i, day, 2) < s.population().shareMale()) flags |= People.FLAG_MALE;
        if (init.uniform(i, day, 6) < s.cascade().shareTendingToUseAlone()) flags |= People.FLAG_USES_ALONE;
        if (init.uniform(i, day, 7) < s.cascade().initialKitShare()) flags |= People.FLAG_HOLDS_KIT;
        if (streetHistory) flags |= People.FLAG_STREET_HISTORY;
        if (sim.world.rules.opc.nearSite(sim.world, i)) flags |= People.FLAG_NEAR_SITE;
        p.flags[i] = (byte) flags;
        // Drivers start at their baselines, as of the end of the day before the first one the
        // person lives: day 0 for the first people (so day 0 recovers one day, as every day
        // does), their entry day for entrants.
        p.setPainAtBaseline(i, People.base(baseline(pain.physicalMean(), pain.baselineSd(), init.uniform(i, day, 3))),
                People.base(baseline(pain.emotionalMean(), pain.baselineSd(), init.uniform(i, day, 4))),
                People.base(baseline(pain.economicMean(), pain.baselineSd(), init.uniform(i, day, 5)) + recordPain), initial ? -1 : day);
        double dose = sim.world.rules.typicalDose(state) * sim.world.doseFactor(i);
        p.habitualDose[i] = (float) dose;
        p.tolerance[i] = (float) Math.max(s.tolerance().naiveTolerance(), initialTolerance(sim, state, dose));
        // Active users last used yesterday; everyone else when they entered their state (or never).
        boolean active = state == UseState.PRESCRIBED || state == UseState.NONMEDICAL || state == UseState.STREET
                || state.onMedication();
        p.lastUseDay[i] = active ? day - 1 : state == UseState.REMISSION ? since : People.NEVER;
        // The first candidate day for rare events: day 0 at the earliest for the first people,
        // the day after entry for entrants (they join at the end of their day).
        int firstPossible = initial ? 0 : day + 1;
        p.nextCandidateDay[i] = firstPossible - 1 + sim.world.rules.daysToNextCandidate(state.code, sim.world.streams.candidate.uniform(i, day, 1));
        Person person = new ColumnPerson().at(sim, i);
        if (state == UseState.PRESCRIBED) Prescriptions.start(sim.world, person, firstPossible);
        else UseDays.schedule(sim.world, person, firstPossible);
        sim.refreshDue(i, firstPossible - 1);
        p.counted(i);
    }

    private static double initialTolerance(OverdoseSim sim, UseState state, double dose) {
        var s = sim.world.scenario;
        return switch (state) {
            case PRESCRIBED, NONMEDICAL -> dose;
            case STREET -> {
                Rules r = sim.world.rules;
                double f = r.fentanylShare[0], a = r.analogueShare[0];
                yield dose * (1 - f + f * s.supply().fentanylRelativePotency() * (1 - a + a * Math.exp(r.logAnaloguePotency)));
            }
            case METHADONE -> dose * s.treatment().methadoneTolerance();
            case BUPRENORPHINE -> dose * s.treatment().buprenorphineTolerance();
            default -> 0.0;
        };
    }

    private static UseState initialState(PopulationParams p, double u) {
        double[] shares = {p.shareNoUse(), p.sharePrescribed(), p.shareNonmedical(), p.shareStreet(),
            p.shareMethadone(), p.shareBuprenorphine(), p.shareRemission()};
        UseState[] states = {UseState.NO_USE, UseState.PRESCRIBED, UseState.NONMEDICAL, UseState.STREET,
            UseState.METHADONE, UseState.BUPRENORPHINE, UseState.REMISSION};
        double c = 0;
        for (int k = 0; k < shares.length; k++) {
            c += shares[k];
            if (u < c) return states[k];
        }
        return UseState.REMISSION;
    }

    private static float baseline(double mean, double sd, double u) {
        return (float) clamp(mean + sd * StandardNormal.quantile(u), 0, 1);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
