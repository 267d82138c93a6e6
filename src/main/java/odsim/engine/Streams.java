package odsim.engine;

/**
 * The model's named random streams, one per kind of decision (MODEL.md, DESIGN.md). Adding a
 * stream or drawing more from one never changes the numbers another stream gives.
 */
public final class Streams {
    final KeyedStream init, doseFactor;
    final KeyedStream painShock, jobLoss;
    final KeyedStream prescriptionStart, prescriptionEnd, misuse, initiation, escalation, cessation, relapse;
    final KeyedStream treatmentStart, treatmentKind, treatmentDropout;
    final KeyedStream rehabAdmission, stayLength;
    final KeyedStream arrest, sentence, releaseOutcome;
    /** Paired draws: (use today?, which batch) and (batch potency, overdose). */
    final KeyedStream useDay, dose, pillSource;
    /** Whether a person misuses pills occasionally or frequently (a lifelong draw). */
    final KeyedStream pillPattern;
    /** Possible overdose days on prescribed opioids: (accept?, days to the next) on each, and the first at a start. */
    final KeyedStream prescribedOverdoseDay;
    final KeyedStream cascade, kitLoss;
    final KeyedStream otherDeath, candidate;
    /** Policy levers: each its own streams, so switching one on shifts no one else's draws. */
    final KeyedStream kitGiven, opcReach, opcVisit, opcReferral, diversion;
    final KeyedStream treatmentPlace;
    final KeyedStream safeSupplyEnrol, safeSupplyDays, medicationInCustody, rootCausesReach, drugCheck, courtMandate, cutOff;
    /**
     * Infections: who injects (lifelong), the course of a new hepatitis C infection; sterile
     * supplies' reach. (An injecting day's infections and a cure take the top end of the
     * use-day's and the candidate day's uniforms: {@link Infections}.)
     */
    final KeyedStream injects, hcvCourse, sterileSuppliesReach;
    /** Record clearing: who is reached (a lifelong uniform against the day's cut). */
    final KeyedStream recordClearing;
    /** Seeds the sequential generators of population-level processes (market, entrants). */
    final KeyedStream market, entry;

    public Streams(long runSeed) {
        init = new KeyedStream(runSeed, "init");
        doseFactor = new KeyedStream(runSeed, "dose.factor");
        painShock = new KeyedStream(runSeed, "pain.shock");
        jobLoss = new KeyedStream(runSeed, "pain.jobLoss");
        prescriptionStart = new KeyedStream(runSeed, "use.prescriptionStart");
        prescriptionEnd = new KeyedStream(runSeed, "use.prescriptionEnd");
        misuse = new KeyedStream(runSeed, "use.misuse");
        initiation = new KeyedStream(runSeed, "use.initiation");
        escalation = new KeyedStream(runSeed, "use.escalation");
        cessation = new KeyedStream(runSeed, "use.cessation");
        relapse = new KeyedStream(runSeed, "use.relapse");
        treatmentStart = new KeyedStream(runSeed, "treatment.start");
        treatmentKind = new KeyedStream(runSeed, "treatment.kind");
        treatmentDropout = new KeyedStream(runSeed, "treatment.dropout");
        rehabAdmission = new KeyedStream(runSeed, "rehab.admission");
        stayLength = new KeyedStream(runSeed, "stay.length");
        arrest = new KeyedStream(runSeed, "policing.arrest");
        sentence = new KeyedStream(runSeed, "policing.sentence");
        releaseOutcome = new KeyedStream(runSeed, "release.outcome");
        useDay = new KeyedStream(runSeed, "use.day");
        dose = new KeyedStream(runSeed, "use.dose");
        pillSource = new KeyedStream(runSeed, "use.pillSource");
        pillPattern = new KeyedStream(runSeed, "use.pillPattern");
        prescribedOverdoseDay = new KeyedStream(runSeed, "use.prescribedOverdoseDay");
        cascade = new KeyedStream(runSeed, "cascade");
        kitLoss = new KeyedStream(runSeed, "naloxone.kitLoss");
        otherDeath = new KeyedStream(runSeed, "death.other");
        candidate = new KeyedStream(runSeed, "candidate.day");
        kitGiven = new KeyedStream(runSeed, "naloxone.distribution");
        opcReach = new KeyedStream(runSeed, "opc.reach");
        opcVisit = new KeyedStream(runSeed, "opc.visit");
        opcReferral = new KeyedStream(runSeed, "opc.referral");
        diversion = new KeyedStream(runSeed, "policing.diversion");
        treatmentPlace = new KeyedStream(runSeed, "treatment.place");
        safeSupplyEnrol = new KeyedStream(runSeed, "safeSupply.enrolment");
        safeSupplyDays = new KeyedStream(runSeed, "safeSupply.days");
        medicationInCustody = new KeyedStream(runSeed, "medication.custody");
        rootCausesReach = new KeyedStream(runSeed, "rootCauses.reach");
        drugCheck = new KeyedStream(runSeed, "drugChecking");
        courtMandate = new KeyedStream(runSeed, "abstinence.court");
        cutOff = new KeyedStream(runSeed, "prescribing.cutOff");
        injects = new KeyedStream(runSeed, "infection.injects");
        hcvCourse = new KeyedStream(runSeed, "infection.hcvCourse");
        sterileSuppliesReach = new KeyedStream(runSeed, "sterileSupplies.reach");
        recordClearing = new KeyedStream(runSeed, "recordClearing.reach");
        market = new KeyedStream(runSeed, "supply.market");
        entry = new KeyedStream(runSeed, "population.entry");
    }
}
