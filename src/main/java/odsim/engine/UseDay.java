package odsim.engine;

import odsim.model.UseState;
import odsim.results.Measure;

/**
 * A person's use-day: a kit from naloxone outreach ({@link NaloxoneLever}), which supply the dose
 * comes from, a centre visit ({@link OpcLever}), a drug check and what the person does with its
 * result ({@link DrugCheckingLever}), shared injecting equipment ({@link Infections}), the overdose
 * draw and the cascade that follows, and how
 * tolerance follows the dose. The ratio of intake to tolerance is
 * the whole mechanism: a strong batch or a body that lost tolerance in abstinence raises it;
 * methadone and buprenorphine hold tolerance up and replace most street use-days. The one
 * statement of it, for the engine and the MASON peer.
 */
final class UseDay {
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
        if (w.kitChance > 0) r.naloxone.offerKit(w, p, code, t);
        // Today is a use-day. One hash: the day's outcome (an overdose at the bottom of the first
        // uniform, an infection at its top), and the days to the next use-day (a state entered
        // today draws its own first use-day).
        long draws = st.useDay.pair(i, day);
        p.setEventDay(day + UseDays.gap(w, p, code, KeyedStream.second(draws)));
        double tolerance = StateChanges.toleranceBroughtTo(w, p, day);
        int supply = supplyOf(w, p, code);
        DaySupply today = w.supply;
        boolean street = supply == DaySupply.STREET;
        boolean supervised = street && (code == UseState.STREET.code || code == UseState.SAFE_SUPPLY.code) && r.opc.atSite(w, p, t);
        // Buprenorphine's blockade blunts a street dose taken on top of it.
        double dose = p.habitualDose() * r.intakeFactor[code];
        double ratio = dose / tolerance;
        double overdoseChance;
        boolean withOthers = false, checked = false, checkedFentanyl = false;
        // Drug checking looks at street batches and pills bought for non-medical use.
        if (supply != DaySupply.PHARMA && r.drugChecking.on(day) && r.drugChecking.checks(w, i, t)) {
            // The checked batch is drawn and known: its own chance, not the average over batches.
            long batch = st.dose.pair(i, day);
            checked = true;
            checkedFentanyl = today.batchIsFentanyl(supply, KeyedStream.first(batch));
            double logPotency = today.batchLogPotency(supply, KeyedStream.first(batch), KeyedStream.second(batch));
            int action = r.drugChecking.actOnResult(w, i, logPotency - today.marketLogPotency, t);
            if (action == DrugCheckingLever.DISCARD) return false; // not used: tolerance and last use stay as they were
            if (action == DrugCheckingLever.USE_LESS) dose *= 0.5;
            withOthers = action == DrugCheckingLever.USE_WITH_OTHERS;
            ratio = dose / tolerance;
            overdoseChance = r.risk.probability(ratio * Math.exp(logPotency));
        } else {
            overdoseChance = today.overdoseChance(supply, ratio);
        }
        // Street opioids away from a centre (whose equipment is sterile): if injected, shared
        // equipment may pass on hepatitis C or HIV, at the top end of the day's uniform.
        double u = KeyedStream.first(draws);
        if (street && !supervised && 1 - u < r.infections.anyPerInjectingDay) Infections.streetUseDay(w, p, u, t);
        boolean dies = false;
        if (u < overdoseChance) {
            boolean fentanyl = checked ? checkedFentanyl
                    : supply != DaySupply.PHARMA && st.dose.uniform(i, day) < today.fentanylPartOfOverdose(supply, ratio);
            UseState s = UseState.ALL[code];
            dies = supervised ? r.opc.overdoseAtSite(w, p, s, fentanyl, t)
                    : OverdoseCascade.overdose(w, p, s, fentanyl, withOthers, t);
        }
        tolerance += r.adaptation * (dose * today.meanPotency(supply) - tolerance);
        if (supervised) r.opc.referAfterVisit(w, p, t);
        p.setTolerance((float) tolerance);
        p.setLastUseDay(day);
        return dies;
    }

    /** Which supply a use-day in state {@code code} takes today. */
    private static int supplyOf(World w, Person p, byte code) {
        // Pills bought from dealers may be counterfeit; pills from friends, family or a doctor are genuine.
        if (code == UseState.NONMEDICAL.code) return p.buysPillsFromDealers() ? DaySupply.PILL : DaySupply.PHARMA;
        // Safe supply clients take most use-days from a known-potency pharmaceutical supply.
        if (code == UseState.SAFE_SUPPLY.code && w.rules.safeSupply.suppliesUseDay(w, p.id())) return DaySupply.PHARMA;
        return DaySupply.STREET;
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
