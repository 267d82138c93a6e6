package odsim.engine;

import odsim.model.DriveResponse;
import odsim.model.GeometricDays;
import odsim.model.OverdoseRisk;
import odsim.model.Rates;
import odsim.model.UseState;
import odsim.scenario.CascadeParams;
import odsim.scenario.DatedCurve;
import odsim.scenario.JobLossShock;
import odsim.scenario.Scenario;

/**
 * A scenario's parameters turned into what the day loop reads: daily probabilities, dated
 * curves as arrays by day, tables over pain drive and age. Built once per run; immutable.
 */
final class Rules {
    final Scenario s;
    /** Days the engine steps: the warm-up, then the horizon (day {@link #warmUpDays} is its start). */
    final int days;
    /** Days stepped before the horizon's start and not recorded ({@code horizon.warmUpYears}). */
    final int warmUpDays;

    // pain
    final double physicalRetention, emotionalRetention, economicRetention;
    /** Share of a driver's distance to its target left after n days, by n (see {@link PainClock}). */
    private final double[] physicalKept, emotionalKept, economicKept;
    final double physicalShock, emotionalShock, economicShock;
    /** The size of a pain shock, as the drivers store it (float). */
    final float shockSize;
    final double[] jobLossShare, jobLossSize;

    // use transitions, by drive
    final DriveResponse prescriptionStart, prescriptionEnd, misuse, initiation, escalation;
    final DriveResponse nonmedicalCessation, streetCessation, relapse;
    /** Relapse multiplier by days in remission: the early excess fading with its half-life. */
    private final double[] earlyRelapse;
    /**
     * By engine day, what history moves: prescription starts, initiation of non-medical use (the
     * pills there are to misuse), patients' misuse of their prescriptions (the dose per prescription),
     * escalation to street opioids and treatment starts, each relative
     * to its rate above.
     */
    final double[] prescribingTrend, pillSupplyTrend, misuseTrend, escalationTrend, treatmentTrend;
    /** Multiplies the end of pill misuse by day: the amount prescribed to minus {@code use.pillScarcityStopping}. */
    final double[] pillStoppingTrend;

    // treatment, rehab, policing
    final double treatmentStart, methadoneDropout, buprenorphineDropout, rehabAdmission;
    final double streetArrest, nonmedicalArrest;

    // supply and overdose
    final double[] fentanylShare, analogueShare, counterfeitShare, witnessNaloxone;
    final double logFentanylPotency, logAnaloguePotency, heroinSd, fentanylSd, pharmaSd;
    /** The step a narrowing fentanyl spread moves in (log sd). */
    static final double SD_STEP = 0.005;
    /** Each day's spread of a fentanyl street batch: fentanylSd, narrowing toward heroinSd as fentanyl's share grows. */
    final double[] streetFentanylSd;
    /** Share of tolerance kept after a gap of g days without opioids; 0 past the table's end. */
    private final double[] toleranceKept;
    final double naiveTolerance;
    final double adaptation;
    /** By state code: chance of a use-day, tolerance held by medication (share of dose), share of intake that acts. */
    final double[] useDayProbability = new double[UseState.ALL.length];
    /** An occasional misuser's chance of a use-day on pills, and the days between them ({@link UseDays}). */
    final double occasionalUseDayProbability;
    final GeometricDays occasionalGaps;
    final double[] medicationTolerance = new double[UseState.ALL.length];
    final double[] intakeFactor = new double[UseState.ALL.length];
    /** Tolerance held by medication given in jail or prison (methadone's). */
    final double custodyMedicationTolerance;
    /** Methadone's induction: days until the held tolerance is full, and its share on the first day. */
    final double methadoneInductionDays, methadoneStartingShare;
    /** By state code: people who use opioids outside a prescription (naloxone programs reach them). */
    final boolean[] usesOpioids = new boolean[UseState.ALL.length];
    /**
     * By state code: 1 if people in the state are stepped by the use phase on their event day
     * (a use-day, or on a prescription a possible overdose day), else 0.
     */
    final int[] steppedOnEventDay = new int[UseState.ALL.length];
    /** By state code: whether {@code People.eventDay} holds something scheduled (a stay's end, a use-day, a possible overdose). */
    final boolean[] hasEventDay = new boolean[UseState.ALL.length];
    /** By state code, -1 or 0: {@link #hasEventDay}; dead. */
    final int[] eventDayMask = new int[UseState.ALL.length], deadMask = new int[UseState.ALL.length];
    /** By state code: 1 / log(1 - chance of a use-day), for geometric gaps between use-days ({@link UseDays}); 0 for a chance of 1. */
    /** By state code: days from one use-day to the next (see {@link UseDays}). */
    final GeometricDays[] useDayGaps = new GeometricDays[UseState.ALL.length];
    final OverdoseRisk risk;
    /** The averaged chance for pharmaceutical doses (a fixed spread), and their mean potency. */
    final odsim.model.BatchRisk pharmaRisk;
    final double pharmaMeanPotency;
    /** (1 - adaptation)^n by n: what is left of a gap to the habitual intake after n daily use-days. */
    private final double[] adaptationLeft;
    final double kitLoss;

    /**
     * Rare events (state changes, pain shocks, kits given and lost, other-cause deaths) are
     * checked on "candidate days" only: a person has candidate days at a daily chance q that
     * depends on their state, and on one an event with daily chance p happens with chance p / q.
     * That is the same daily chance p (thinning) as long as p never exceeds q, drawn far less
     * often than daily. When a person's state changes to one with another q, their next
     * candidate day is drawn again (the days between candidate days are memoryless, so this is
     * exact). The q of each state is a model constant (below), not a scenario value, so
     * candidate days are the same in every scenario while people's paths are (common random
     * numbers); only a scenario with some daily chance above its state's q raises that q, for
     * itself. Each constant is at least twice the highest rate in that state in any shipped
     * scenario (including pain shocks, kit loss and other-cause deaths at any age).
     */
    static final double[] CANDIDATES_PER_YEAR = new double[UseState.ALL.length];

    static {
        java.util.Arrays.fill(CANDIDATES_PER_YEAR, 4);
        CANDIDATES_PER_YEAR[UseState.METHADONE.code] = 6;
        CANDIDATES_PER_YEAR[UseState.BUPRENORPHINE.code] = 6;
        CANDIDATES_PER_YEAR[UseState.SAFE_SUPPLY.code] = 6;
        CANDIDATES_PER_YEAR[UseState.REMISSION.code] = 12;
    }

    /** By state code: the daily chance of a candidate day, its inverse, and log(1 - it). */
    final double[] candidate = new double[UseState.ALL.length], perCandidate = new double[UseState.ALL.length];
    private final GeometricDays[] candidateGaps = new GeometricDays[UseState.ALL.length];
    /** By state code: the highest daily chance of any rare event in the state (why its q is what it is). */
    final double[] highestRare = new double[UseState.ALL.length];

    // policy levers: each lever's compiled parameters and rules, in its own class
    final NaloxoneLever naloxone;
    final OpcLever opc;
    final DecriminalizationLever decriminalization;
    final PolicingLever policing;
    final SupplyPressureLever supplyPressure;
    final SafeSupplyLever safeSupply;
    final MedicationLever medication;
    final RootCausesLever rootCauses;
    final DrugCheckingLever drugChecking;
    final AbstinenceLever abstinence;
    final PrescribingLever prescribing;
    final SterileSuppliesLever sterileSupplies;
    final RecordClearingLever recordClearing;
    /** Criminal records and the economic stress they carry (a mechanism, not a lever). */
    final Records records;
    /** Hepatitis C and HIV from shared injecting equipment (a mechanism, not a lever). */
    final Infections infections;
    /** The levers with running costs, added when a day closes. */
    final RunningCost[] runningCosts;

    // other-cause deaths: daily probability by whole year of age, general and street use
    final double[] otherDeathByAge = new double[121], otherDeathStreetByAge = new double[121];

    Rules(Scenario s) {
        this.s = s;
        DayGrid grid = DayGrid.of(s);
        this.warmUpDays = grid.warmUpDays();
        this.days = grid.days();
        var pain = s.pain();
        physicalRetention = Rates.dailyRetention(pain.physicalRecoveryHalfLifeDays());
        emotionalRetention = Rates.dailyRetention(pain.emotionalRecoveryHalfLifeDays());
        economicRetention = Rates.dailyRetention(pain.economicRecoveryHalfLifeDays());
        physicalKept = powers(physicalRetention, days + 2);
        emotionalKept = powers(emotionalRetention, days + 2);
        economicKept = powers(economicRetention, days + 2);
        shockSize = (float) pain.shockSize();
        physicalShock = Rates.dailyProbability(pain.physicalShocksPerYear());
        emotionalShock = Rates.dailyProbability(pain.emotionalShocksPerYear());
        economicShock = Rates.dailyProbability(pain.economicShocksPerYear());
        jobLossShare = new double[days];
        jobLossSize = new double[days];
        for (JobLossShock shock : s.jobLossShocks()) {
            long d = warmUpDays + shock.date().toEpochDay() - s.horizon().start().toEpochDay();
            if (d >= warmUpDays && d < days) {
                // Two shocks on one day: people hit by either are hit by the larger.
                jobLossShare[(int) d] = Math.max(jobLossShare[(int) d], shock.share());
                jobLossSize[(int) d] = Math.max(jobLossSize[(int) d], shock.size());
            }
        }

        var use = s.use();
        double ref = pain.referenceDrive();
        prescriptionStart = new DriveResponse(use.prescriptionStartPerYear(), use.prescriptionStartElasticity(), ref);
        prescriptionEnd = new DriveResponse(use.prescriptionEndPerYear(), use.cessationElasticity(), ref);
        misuse = new DriveResponse(use.prescribedToMisusePerYear(), use.initiationElasticity(), ref);
        initiation = new DriveResponse(use.initiationPerYear(), use.initiationElasticity(), ref);
        escalation = new DriveResponse(use.escalationPerYear(), use.escalationElasticity(), ref);
        nonmedicalCessation = new DriveResponse(use.nonmedicalCessationPerYear(), use.cessationElasticity(), ref);
        streetCessation = new DriveResponse(use.streetCessationPerYear(), use.cessationElasticity(), ref);
        relapse = new DriveResponse(use.relapsePerYear(), use.relapseElasticity(), ref);
        prescribingTrend = grid.byDay(use.prescribingTrend());
        pillSupplyTrend = grid.byDay(use.pillSupplyTrend());
        misuseTrend = grid.byDay(use.misuseTrend());
        escalationTrend = grid.byDay(use.escalationTrend());
        pillStoppingTrend = new double[pillSupplyTrend.length];
        for (int d = 0; d < pillStoppingTrend.length; d++) pillStoppingTrend[d] = Math.min(1e6, Math.pow(pillSupplyTrend[d], -use.pillScarcityStopping())); // no pills at all: misuse ends at once
        treatmentTrend = grid.byDay(s.treatment().startsTrend());
        double fade = Rates.dailyRetention(use.earlyRelapseHalfLifeDays());
        earlyRelapse = new double[3651];
        for (int d = 0; d < earlyRelapse.length; d++) earlyRelapse[d] = 1 + (use.earlyRelapseMultiplier() - 1) * Math.pow(fade, d);

        treatmentStart = Rates.dailyProbability(s.treatment().startsPerYear());
        methadoneDropout = Rates.dailyProbability(s.treatment().methadoneDropoutPerYear());
        buprenorphineDropout = Rates.dailyProbability(s.treatment().buprenorphineDropoutPerYear());
        rehabAdmission = Rates.dailyProbability(s.rehab().admissionsPerYear());
        streetArrest = Rates.dailyProbability(s.policing().streetArrestsPerYear());
        nonmedicalArrest = Rates.dailyProbability(s.policing().nonmedicalArrestsPerYear());

        var supply = s.supply();
        fentanylShare = grid.byDay(supply.fentanylShare());
        analogueShare = grid.byDay(supply.analogueShare());
        counterfeitShare = grid.byDay(supply.counterfeitPillShare());
        CascadeParams cascade = s.cascade();
        witnessNaloxone = grid.byDay(cascade.witnessHasNaloxone());
        logFentanylPotency = Math.log(supply.fentanylRelativePotency());
        logAnaloguePotency = Math.log(supply.analogueRelativePotency());
        heroinSd = supply.heroinBatchSd() * supply.enforcementVolatility();
        fentanylSd = supply.fentanylBatchSd() * supply.enforcementVolatility();
        pharmaSd = supply.pharmaceuticalSd();
        streetFentanylSd = new double[fentanylShare.length];
        for (int d = 0; d < fentanylShare.length; d++) {
            double narrowed = fentanylSd - supply.fentanylSdNarrowing() * fentanylShare[d] * (fentanylSd - heroinSd);
            // In steps of 0.005 (a potency spread 0.5% wider or narrower): a handful of batch-risk tables, not one a day.
            streetFentanylSd[d] = supply.fentanylSdNarrowing() == 0 ? fentanylSd : Math.round(narrowed / SD_STEP) * SD_STEP;
        }
        double retention = Rates.dailyRetention(s.tolerance().halfLifeDays());
        double grace = s.tolerance().graceDays();
        toleranceKept = new double[Math.max(2, days + 2)];
        for (int g = 0; g < toleranceKept.length; g++) toleranceKept[g] = Math.pow(retention, Math.max(0, g - grace));
        naiveTolerance = s.tolerance().naiveTolerance();
        adaptation = s.tolerance().adaptationPerUseDay();
        var tr = s.treatment();
        useDayProbability[UseState.PRESCRIBED.code] = 1.0;
        useDayProbability[UseState.NONMEDICAL.code] = s.use().nonmedicalUseDayProbability();
        useDayProbability[UseState.STREET.code] = s.use().streetUseDayProbability();
        useDayProbability[UseState.METHADONE.code] = tr.methadoneStreetUseDay();
        useDayProbability[UseState.BUPRENORPHINE.code] = tr.buprenorphineStreetUseDay();
        useDayProbability[UseState.SAFE_SUPPLY.code] = s.use().streetUseDayProbability();
        occasionalUseDayProbability = s.use().occasionalUseDayProbability();
        occasionalGaps = new GeometricDays(occasionalUseDayProbability, UseDays.NONE + 1);
        medicationTolerance[UseState.METHADONE.code] = tr.methadoneTolerance();
        medicationTolerance[UseState.BUPRENORPHINE.code] = tr.buprenorphineTolerance();
        custodyMedicationTolerance = tr.methadoneTolerance();
        methadoneInductionDays = tr.methadoneInductionDays();
        methadoneStartingShare = tr.methadoneStartingShare();
        java.util.Arrays.fill(intakeFactor, 1.0);
        intakeFactor[UseState.BUPRENORPHINE.code] = tr.buprenorphineBlockade();
        for (UseState u : new UseState[] {UseState.NONMEDICAL, UseState.STREET, UseState.METHADONE, UseState.BUPRENORPHINE, UseState.SAFE_SUPPLY}) {
            usesOpioids[u.code] = true;
        }
        for (UseState u : UseState.ALL) {
            steppedOnEventDay[u.code] = useDayProbability[u.code] > 0 ? 1 : 0;
            hasEventDay[u.code] = useDayProbability[u.code] > 0 || u.isCustodyOrRehab();
            eventDayMask[u.code] = hasEventDay[u.code] ? -1 : 0;
            deadMask[u.code] = u.code >= UseState.DEAD_OVERDOSE.code ? -1 : 0;
            useDayGaps[u.code] = new GeometricDays(useDayProbability[u.code], UseDays.NONE + 1);
        }
        risk = new OverdoseRisk(s.overdose().maxProbability(), s.overdose().halfRatio(), s.overdose().steepness());
        pharmaRisk = odsim.model.BatchRisk.of(risk, pharmaSd);
        pharmaMeanPotency = Math.exp(0.5 * pharmaSd * pharmaSd);
        adaptationLeft = powers(1 - adaptation, days + 2);
        kitLoss = Rates.dailyProbability(cascade.kitLossPerYear());

        naloxone = new NaloxoneLever(s, grid);
        opc = new OpcLever(s, grid);
        decriminalization = new DecriminalizationLever(s, grid);
        policing = new PolicingLever(s, grid);
        supplyPressure = new SupplyPressureLever(s, grid);
        safeSupply = new SafeSupplyLever(s, grid);
        medication = new MedicationLever(s, grid);
        rootCauses = new RootCausesLever(s, grid);
        drugChecking = new DrugCheckingLever(s, grid);
        abstinence = new AbstinenceLever(s, grid);
        prescribing = new PrescribingLever(s, grid);
        sterileSupplies = new SterileSuppliesLever(s, grid);
        recordClearing = new RecordClearingLever(s, grid);
        records = new Records(s);
        infections = new Infections(s);
        runningCosts = new RunningCost[] {opc, supplyPressure, safeSupply, medication, rootCauses, sterileSupplies};

        var m = s.mortality();
        for (int age = 0; age <= 120; age++) {
            double perYear = m.rateAt40() * Math.exp(m.gompertzSlope() * (age - 40));
            otherDeathByAge[age] = Rates.dailyProbability(perYear);
            otherDeathStreetByAge[age] = Rates.dailyProbability(perYear * m.streetExcess());
        }

        // In every state: pain shocks, kit loss, a hepatitis C cure, and other-cause deaths at any
        // age (a person's state may change during a candidate day, so the street rate counts for everyone).
        double anyState = max(otherDeathByAge[120], otherDeathStreetByAge[120], physicalShock + emotionalShock + economicShock, kitLoss,
                infections.cure);
        double seeking = decriminalization.highestTreatmentSeeking();
        double policingMax = policing.highestIntensity();
        double treatment = treatmentStart * max(treatmentTrend) * seeking + medication.extraStarts, rehab = rehabAdmission + abstinence.extraAdmissions;
        for (UseState st : UseState.ALL) {
            double h = anyState;
            switch (st) {
                case NO_USE -> h = max(h, prescriptionStart.max() * max(prescribingTrend), initiation.max() * max(pillSupplyTrend));
                case PRESCRIBED -> h = max(h, prescriptionEnd.max() + prescribing.extraEnds, misuse.max() * max(misuseTrend));
                case NONMEDICAL -> h = max(h, nonmedicalArrest * policingMax, treatment, rehab, escalation.max() * max(escalationTrend), nonmedicalCessation.max() * max(pillStoppingTrend));
                case STREET -> h = max(h, streetArrest * policingMax, treatment, rehab, safeSupply.enrolment, streetCessation.max());
                case METHADONE -> h = max(h, methadoneDropout);
                case BUPRENORPHINE -> h = max(h, buprenorphineDropout);
                case SAFE_SUPPLY -> h = max(h, safeSupply.dropout);
                case REMISSION -> h = max(h, earlyRelapse(0) * relapse.max() * Math.max(1.0, max(pillSupplyTrend)));
                default -> { }
            }
            highestRare[st.code] = h;
            double q = Math.max(Rates.dailyProbability(CANDIDATES_PER_YEAR[st.code]), Math.min(1.0, h));
            candidate[st.code] = q;
            perCandidate[st.code] = 1.0 / q;
            candidateGaps[st.code] = new GeometricDays(q, 1_000_001);
        }
    }

    private static double max(double... values) {
        double m = 0;
        for (double v : values) m = Math.max(m, v);
        return m;
    }

    /**
     * Tolerance after {@code gap} days without opioids, from what it was on the last day with
     * them: kept through the grace period, then halving every half-life, never below naive.
     */
    double toleranceAfter(double tolerance, int gap) {
        double kept = gap < toleranceKept.length ? toleranceKept[Math.max(0, gap)] : 0.0;
        return Math.max(naiveTolerance, tolerance * kept);
    }

    private static double[] powers(double base, int n) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) a[k] = Math.pow(base, k);
        return a;
    }

    /** Whether pain recovers as under {@code other} (same half-lives). */
    boolean samePainRecovery(Rules other) {
        return physicalRetention == other.physicalRetention && emotionalRetention == other.emotionalRetention
                && economicRetention == other.economicRetention;
    }

    /**
     * Whether use-days come and prescriptions go as under {@code other}: the same use-day chances,
     * overdose curve, dose spread and tolerance rules (what drawn-ahead event days depend on).
     */
    boolean sameUseDays(Rules other) {
        return s.overdose().equals(other.s.overdose()) && pharmaSd == other.pharmaSd && naiveTolerance == other.naiveTolerance
                && adaptation == other.adaptation && java.util.Arrays.equals(toleranceKept, other.toleranceKept)
                && java.util.Arrays.equals(useDayProbability, other.useDayProbability)
                && s.use().shareMisusingOccasionally() == other.s.use().shareMisusingOccasionally()
                && occasionalUseDayProbability == other.occasionalUseDayProbability;
    }

    double adaptationLeft(int days) {
        return days < adaptationLeft.length ? adaptationLeft[Math.max(0, days)] : Math.pow(1 - adaptation, days);
    }

    double physicalKept(int days) {
        return days < physicalKept.length ? physicalKept[days] : Math.pow(physicalRetention, days);
    }

    double emotionalKept(int days) {
        return days < emotionalKept.length ? emotionalKept[days] : Math.pow(emotionalRetention, days);
    }

    double economicKept(int days) {
        return days < economicKept.length ? economicKept[days] : Math.pow(economicRetention, days);
    }

    /** Days from a candidate day to the next one in state {@code code}: geometric with its candidate chance, given a uniform. */
    int daysToNextCandidate(byte code, double u) {
        return candidateGaps[code].gap(u);
    }

    /** Relapse rate multiplier after {@code days} in remission. */
    double earlyRelapse(int days) {
        return days < earlyRelapse.length ? earlyRelapse[Math.max(0, days)] : earlyRelapse[earlyRelapse.length - 1];
    }

    /**
     * Tolerance held by medication in state {@code code} after {@code daysOn} days on it, as a share
     * of the habitual dose: methadone's rises from its starting share to full over the induction.
     */
    double heldTolerance(byte code, int daysOn) {
        double full = medicationTolerance[code];
        if (code != UseState.METHADONE.code || daysOn >= methadoneInductionDays) return full;
        return full * (methadoneStartingShare + (1 - methadoneStartingShare) * Math.max(0, daysOn) / methadoneInductionDays);
    }

    /** Typical habitual dose in a state, before a person's own factor. */
    double typicalDose(UseState state) {
        return switch (state) {
            case PRESCRIBED -> s.use().prescribedDose();
            case NONMEDICAL -> s.use().nonmedicalDose();
            default -> s.use().streetDose();
        };
    }
}
