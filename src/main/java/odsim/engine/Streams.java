package odsim.engine;

/**
 * The model's named random streams, one per kind of decision (MODEL.md, DESIGN.md). Adding a
 * stream or drawing more from one never changes the numbers another stream gives.
 */
public final class Streams {
    final KeyedStream init, dose;
    final KeyedStream painShock, jobLoss;
    final KeyedStream prescriptionStart, prescriptionEnd, misuse, initiation, escalation, cessation, relapse;
    final KeyedStream treatmentStart, treatmentKind, treatmentDropout;
    final KeyedStream rehabAdmission, stayLength;
    final KeyedStream arrest, sentence, releaseOutcome;
    final KeyedStream useDay, batchKind, batchPotency, overdose, cascade, kitLoss;
    final KeyedStream otherDeath;
    /** Seeds the sequential generators of population-level processes (market, entrants). */
    final KeyedStream market, entry;

    public Streams(long runSeed) {
        init = new KeyedStream(runSeed, "init");
        dose = new KeyedStream(runSeed, "dose");
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
        batchKind = new KeyedStream(runSeed, "supply.batchKind");
        batchPotency = new KeyedStream(runSeed, "supply.batchPotency");
        overdose = new KeyedStream(runSeed, "overdose");
        cascade = new KeyedStream(runSeed, "cascade");
        kitLoss = new KeyedStream(runSeed, "naloxone.kitLoss");
        otherDeath = new KeyedStream(runSeed, "death.other");
        market = new KeyedStream(runSeed, "supply.market");
        entry = new KeyedStream(runSeed, "population.entry");
    }
}
