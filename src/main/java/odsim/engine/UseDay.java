package odsim.engine;

import odsim.results.Measure;

/**
 * A person's use-day: a kit from naloxone outreach, which supply the dose comes from, a centre
 * visit, a drug check and what the person does with its result, the overdose draw and the
 * cascade that follows, and how tolerance follows the dose. The ratio of intake to tolerance is
 * the whole mechanism: a strong batch or a body that lost tolerance in abstinence raises it;
 * methadone and buprenorphine hold tolerance up and replace most street use-days. The one
 * statement of it, for the engine and the MASON peer.
 */
final class UseDay {
    private static final int NOTHING = 0, DISCARD = 1, USE_LESS = 2, USE_WITH_OTHERS = 3;

    private UseDay() {}

    /**
     * Person {@code p}'s use today, called on their use-day (or, on a prescription, on a possible
     * overdose day); true if they overdosed fatally (recorded in {@code t}'s dying list). A
     * use-day's overdose is one uniform against the chance averaged over the day's batches
     * ({@link DaySupply}); the batch itself is drawn only when a check looks at it or an overdose
     * needs to know whether it held fentanyl. Tolerance moves toward the habitual dose at the
     * supply's mean potency (MODEL.md: it "rises toward the habitual dose with use").
     */
    static boolean use(World w, Person p, DayTally t) {
        byte code = p.state();
        if (code == UseState.PRESCRIBED.code) return possibleOverdoseOnPrescription(w, p, t);
        Rules r = w.rules;
        Streams st = w.streams;
        int day = w.day, i = p.id();
        if (w.kitChance > 0) receiveKit(w, p, code, t);
        // Today is a use-day. One hash: the overdose draw, and the days to the next use-day (a
        // state entered today draws its own first use-day).
        long draws = st.useDay.pair(i, day);
        p.setEventDay(day + UseDays.gap(r, code, KeyedStream.second(draws)));
        double tolerance = StateChanges.toleranceBroughtTo(w, p, day);
        int supply = supplyOf(w, p, code);
        DaySupply today = w.supply;
        boolean street = supply == DaySupply.STREET;
        boolean supervised = street && (code == UseState.STREET.code || code == UseState.SAFE_SUPPLY.code) && atSite(w, p, t);
        // Buprenorphine's blockade blunts a street dose taken on top of it.
        double dose = p.habitualDose() * r.intakeFactor[code];
        double ratio = dose / tolerance;
        double overdoseChance;
        boolean withOthers = false, checked = false, checkedFentanyl = false;
        // Drug checking looks at street batches and pills bought for non-medical use.
        if (supply != DaySupply.PHARMA && r.drugCheckingLevel[day] > 0 && isChecked(w, i, t)) {
            // The checked batch is drawn and known: its own chance, not the average over batches.
            long batch = st.dose.pair(i, day);
            checked = true;
            checkedFentanyl = today.batchIsFentanyl(supply, KeyedStream.first(batch));
            double logPotency = today.batchLogPotency(supply, KeyedStream.first(batch), KeyedStream.second(batch));
            int action = actOnResult(w, i, logPotency - today.marketLogPotency, t);
            if (action == DISCARD) return false; // not used: tolerance and last use stay as they were
            if (action == USE_LESS) dose *= 0.5;
            withOthers = action == USE_WITH_OTHERS;
            ratio = dose / tolerance;
            overdoseChance = r.risk.probability(ratio * Math.exp(logPotency));
        } else {
            overdoseChance = today.overdoseChance(supply, ratio);
        }
        boolean dies = false;
        if (KeyedStream.first(draws) < overdoseChance) {
            boolean fentanyl = checked ? checkedFentanyl
                    : supply != DaySupply.PHARMA && st.dose.uniform(i, day) < today.fentanylPartOfOverdose(supply, ratio);
            UseState s = UseState.ALL[code];
            dies = supervised ? OverdoseCascade.overdoseAtSite(w, p, s, fentanyl, t)
                    : OverdoseCascade.overdose(w, p, s, fentanyl, withOthers, t);
        }
        tolerance += r.adaptation * (dose * today.meanPotency(supply) - tolerance);
        // Staff at a centre refer some visitors to treatment (even one who dies today: deaths are resolved later).
        if (supervised && st.opcReferral.uniform(i, day) < w.scenario.policies().opc().treatmentReferralPerVisit()) {
            StateChanges.requestTreatment(w, p, t, true);
        }
        p.setTolerance((float) tolerance);
        p.setLastUseDay(day);
        return dies;
    }

    /**
     * Naloxone distribution reaches people who use and hold no kit, at their use-days (outreach,
     * syringe services, pharmacies: where people who use are met), before the day's use: with
     * chance p / u on a use-day for a daily chance p and a use-day chance u, which is the daily
     * chance p while p is below u (beyond it, everyone without a kit gets one at their next use-day).
     */
    private static void receiveKit(World w, Person p, byte code, DayTally t) {
        Rules r = w.rules;
        if (r.usesOpioids[code] && !p.holdsKit()
                && w.streams.kitGiven.uniform(p.id(), w.day) * r.useDayProbability[code] < w.kitChance) {
            p.setHoldsKit(true);
            t.add(Measure.KITS_DISTRIBUTED, 1);
            t.add(Measure.COST_NALOXONE, w.scenario.policies().naloxone().costPerKit());
        }
    }

    /** Which supply a use-day in state {@code code} takes today. */
    private static int supplyOf(World w, Person p, byte code) {
        if (code == UseState.NONMEDICAL.code) return DaySupply.PILL;
        // Safe supply clients take most use-days from a known-potency pharmaceutical supply.
        if (code == UseState.SAFE_SUPPLY.code
                && w.streams.safeSupplyDays.uniform(p.id(), w.day) < w.scenario.policies().safeSupply().replacedShare()) {
            return DaySupply.PHARMA;
        }
        return DaySupply.STREET;
    }

    /**
     * Whether today's street use-day happens at an overdose prevention centre: the person lives
     * within reach of a site (a fixed place, so reach grows as sites open), chooses the site for
     * this use-day, and there is room today.
     */
    private static boolean atSite(World w, Person p, DayTally t) {
        Rules r = w.rules;
        if (!r.opcConfigured || !p.nearSite()) return false;
        var opc = w.scenario.policies().opc();
        int i = p.id(), day = w.day;
        if (w.streams.opcVisit.uniform(i, day, 0) >= opc.useDaysAtSite()) return false;
        // Would come if every site were open: tomorrow's capacity is shared out from this count.
        t.opcPotentialDemand++;
        if (w.streams.opcReach.uniform(i, 0) >= opc.reach() * r.opcLevel[day] || w.streams.opcVisit.uniform(i, day, 1) >= w.opcAdmitChance) {
            return false;
        }
        t.add(Measure.OPC_VISITS, 1);
        return true;
    }

    /** Whether this use-day's batch is checked (coverage of drug checking today). */
    private static boolean isChecked(World w, int i, DayTally t) {
        var dc = w.scenario.policies().drugChecking();
        if (w.streams.drugCheck.uniform(i, w.day, 0) >= dc.coverage() * w.rules.drugCheckingLevel[w.day]) return false;
        t.add(Measure.DRUG_CHECKS, 1);
        t.add(Measure.COST_DRUG_CHECKING, dc.costPerCheck());
        return true;
    }

    /**
     * Drug checking flags a batch far stronger than the market's usual one ({@code logDeviation}
     * is the batch's log-potency relative to the market); the person discards it, takes half,
     * or makes sure someone is there.
     */
    private static int actOnResult(World w, int i, double logDeviation, DayTally t) {
        if (logDeviation <= w.rules.logStrongBatch) return NOTHING;
        var dc = w.scenario.policies().drugChecking();
        t.add(Measure.STRONG_RESULTS, 1);
        double u = w.streams.drugCheck.uniform(i, w.day, 1);
        if (u < dc.discard()) return DISCARD;
        if (u < dc.discard() + dc.useLess()) return USE_LESS;
        if (u < dc.discard() + dc.useLess() + dc.useWithOthers()) return USE_WITH_OTHERS;
        return NOTHING;
    }

    /**
     * A possible overdose day of a person on prescribed opioids ({@link Prescriptions}): an
     * overdose with chance p(today) / B, then the next possible day; true if fatal.
     */
    private static boolean possibleOverdoseOnPrescription(World w, Person p, DayTally t) {
        Rules r = w.rules;
        int day = w.day;
        double tolerance = Prescriptions.tolerance(w, p, day);
        double bound = Prescriptions.bound(r, p.tolerance(), p.habitualDose());
        long draws = w.streams.prescribedOverdoseDay.pair(p.id(), day);
        boolean dies = false;
        if (KeyedStream.first(draws) * bound < r.pharmaRisk.probability(p.habitualDose() / tolerance)) {
            dies = OverdoseCascade.overdose(w, p, UseState.PRESCRIBED, false, false, t);
        }
        // Unless a referral moved them to treatment, the next possible day.
        if (p.state() == UseState.PRESCRIBED.code) p.setEventDay(day + Prescriptions.gap(bound, KeyedStream.second(draws)));
        return dies;
    }
}
