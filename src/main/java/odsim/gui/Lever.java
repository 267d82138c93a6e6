package odsim.gui;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import odsim.scenario.AbstinencePolicy;
import odsim.scenario.DatedCurve;
import odsim.scenario.DecriminalizationPolicy;
import odsim.scenario.DrugCheckingPolicy;
import odsim.scenario.MedicationPolicy;
import odsim.scenario.NaloxonePolicy;
import odsim.scenario.OpcPolicy;
import odsim.scenario.Policies;
import odsim.scenario.PolicingPolicy;
import odsim.scenario.PrescribingPolicy;
import odsim.scenario.RootCausesPolicy;
import odsim.scenario.SafeSupplyPolicy;
import odsim.scenario.Scenario;
import odsim.scenario.SupplyParams;
import odsim.scenario.SupplyPressurePolicy;

/**
 * What a teacher can move during a run: each lever's dated level, and the fentanyl share of the
 * street supply. Each reads its dated curve from a scenario and writes a changed one back, with
 * the range its slider allows (within the parameter's own allowed range).
 */
enum Lever {
    FENTANYL("Fentanyl share of street batches", 0, 1,
            s -> s.supply().fentanylShare(), (s, c) -> s.withSupply(withFentanyl(s.supply(), c))),
    NALOXONE("Naloxone distribution", 0, 1, s -> s.policies().naloxone().level(), (s, c) -> {
        NaloxonePolicy n = s.policies().naloxone();
        return with(s, p -> new Policies(new NaloxonePolicy(c, n.kitsPerYearPer100k(), n.costPerKit()), p.opc(), p.decriminalization(),
                p.policing(), p.supplyPressure(), p.safeSupply(), p.medication(), p.rootCauses(), p.drugChecking(), p.abstinence(), p.prescribing()));
    }),
    OPC("Overdose prevention centres", 0, 1, s -> s.policies().opc().level(), (s, c) -> {
        OpcPolicy o = s.policies().opc();
        return with(s, p -> new Policies(p.naloxone(), new OpcPolicy(c, o.sites(), o.visitsPerSitePerDay(), o.reach(), o.useDaysAtSite(),
                o.fatalityAtSite(), o.treatmentReferralPerVisit(), o.costPerSiteYear()), p.decriminalization(), p.policing(), p.supplyPressure(),
                p.safeSupply(), p.medication(), p.rootCauses(), p.drugChecking(), p.abstinence(), p.prescribing()));
    }),
    DECRIMINALIZATION("Decriminalized possession", 0, 1, s -> s.policies().decriminalization().level(), (s, c) -> {
        DecriminalizationPolicy d = s.policies().decriminalization();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), new DecriminalizationPolicy(c, d.call911(), d.lessUsingAlone(), d.moreTreatmentSeeking()),
                p.policing(), p.supplyPressure(), p.safeSupply(), p.medication(), p.rootCauses(), p.drugChecking(), p.abstinence(), p.prescribing()));
    }),
    POLICING("Policing intensity (x status quo)", 0, 3, s -> s.policies().policing().intensity(), (s, c) -> {
        PolicingPolicy o = s.policies().policing();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(),
                new PolicingPolicy(c, o.diversion(), o.treatmentAfterDiversion(), o.costPerDiversion()), p.supplyPressure(), p.safeSupply(),
                p.medication(), p.rootCauses(), p.drugChecking(), p.abstinence(), p.prescribing()));
    }),
    DIVERSION("Police diversion (share of arrests)", 0, 1, s -> s.policies().policing().diversion(), (s, c) -> {
        PolicingPolicy o = s.policies().policing();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(),
                new PolicingPolicy(o.intensity(), c, o.treatmentAfterDiversion(), o.costPerDiversion()), p.supplyPressure(), p.safeSupply(),
                p.medication(), p.rootCauses(), p.drugChecking(), p.abstinence(), p.prescribing()));
    }),
    SUPPLY_PRESSURE("Crackdown on supply (volatility x)", 1, 3, s -> s.policies().supplyPressure().volatility(), (s, c) -> {
        SupplyPressurePolicy o = s.policies().supplyPressure();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(), p.policing(),
                new SupplyPressurePolicy(c, o.costPerYearAtDouble()), p.safeSupply(), p.medication(), p.rootCauses(), p.drugChecking(),
                p.abstinence(), p.prescribing()));
    }),
    SAFE_SUPPLY("Safe supply", 0, 1, s -> s.policies().safeSupply().level(), (s, c) -> {
        SafeSupplyPolicy o = s.policies().safeSupply();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(), p.policing(), p.supplyPressure(),
                new SafeSupplyPolicy(c, o.model(), o.capacityPer100k(), o.replacedShare()), p.medication(), p.rootCauses(), p.drugChecking(),
                p.abstinence(), p.prescribing()));
    }),
    MEDICATION("Methadone/buprenorphine expansion", 0, 1, s -> s.policies().medication().level(), (s, c) -> {
        MedicationPolicy o = s.policies().medication();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(), p.policing(), p.supplyPressure(), p.safeSupply(),
                new MedicationPolicy(c, o.extraPlacesPer100k(), o.extraStartsPerYear(), o.lessDropout(), o.startAfterOverdose(), o.inCustody(),
                        o.continueAfterRelease(), o.costInCustodyYear()), p.rootCauses(), p.drugChecking(), p.abstinence(), p.prescribing()));
    }),
    DRUG_CHECKING("Drug checking", 0, 1, s -> s.policies().drugChecking().level(), (s, c) -> {
        DrugCheckingPolicy o = s.policies().drugChecking();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(), p.policing(), p.supplyPressure(), p.safeSupply(),
                p.medication(), p.rootCauses(), new DrugCheckingPolicy(c, o.coverage(), o.strongAbove(), o.discard(), o.useLess(), o.useWithOthers(),
                        o.costPerCheck()), p.abstinence(), p.prescribing()));
    }),
    ROOT_CAUSES("Housing, jobs, mental health", 0, 1, s -> s.policies().rootCauses().level(), (s, c) -> {
        RootCausesPolicy o = s.policies().rootCauses();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(), p.policing(), p.supplyPressure(), p.safeSupply(),
                p.medication(), new RootCausesPolicy(c, o.reach(), o.economicRelief(), o.emotionalRelief(), o.costPerPersonYear()),
                p.drugChecking(), p.abstinence(), p.prescribing()));
    }),
    REHAB("Abstinence-only rehab expansion", 0, 1, s -> s.policies().abstinence().level(), (s, c) -> {
        AbstinencePolicy o = s.policies().abstinence();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(), p.policing(), p.supplyPressure(), p.safeSupply(),
                p.medication(), p.rootCauses(), p.drugChecking(), new AbstinencePolicy(c, o.extraAdmissionsPerYear(), o.courtMandated()),
                p.prescribing()));
    }),
    PRESCRIBING("Prescribing restrictions", 0, 1, s -> s.policies().prescribing().level(), (s, c) -> {
        PrescribingPolicy o = s.policies().prescribing();
        return with(s, p -> new Policies(p.naloxone(), p.opc(), p.decriminalization(), p.policing(), p.supplyPressure(), p.safeSupply(),
                p.medication(), p.rootCauses(), p.drugChecking(), p.abstinence(), new PrescribingPolicy(c, o.extraEndsPerYear(), o.turnToNonmedical())));
    });

    static final Lever[] ALL = values();

    final String label;
    final double min, max;
    private final Function<Scenario, DatedCurve> curve;
    private final BiFunction<Scenario, DatedCurve, Scenario> withCurve;

    Lever(String label, double min, double max, Function<Scenario, DatedCurve> curve, BiFunction<Scenario, DatedCurve, Scenario> withCurve) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.curve = curve;
        this.withCurve = withCurve;
    }

    /** The lever's level on a date of the scenario. */
    double level(Scenario s, LocalDate date) {
        return curve.apply(s).valueAt(date);
    }

    /** The lever's level on each day of the horizon. */
    double[] daily(Scenario s) {
        return curve.apply(s).daily(s.horizon().start(), s.horizon().days());
    }

    /** The scenario with this lever at {@code value} from {@code date} on (clamped to the slider's range). */
    Scenario set(Scenario s, LocalDate date, double value) {
        double v = Math.max(min, Math.min(max, value));
        return withCurve.apply(s, curve.apply(s).withValueFrom(date, v));
    }

    /** Shown as a checkbox rather than a slider: on or off. */
    boolean isSwitch() {
        return this == DECRIMINALIZATION;
    }

    /** The value at which the lever does nothing (where a chart marker says it started). */
    double off() {
        return this == POLICING || this == SUPPLY_PRESSURE ? 1.0 : 0.0;
    }

    private static Scenario with(Scenario s, Function<Policies, Policies> change) {
        return s.withPolicies(change.apply(s.policies()));
    }

    private static SupplyParams withFentanyl(SupplyParams s, DatedCurve c) {
        return new SupplyParams(c, s.counterfeitPillShare(), s.fentanylRelativePotency(), s.heroinBatchSd(), s.fentanylBatchSd(),
                s.pharmaceuticalSd(), s.marketHalfLifeDays(), s.marketDailySd(), s.marketJumpsPerYear(), s.marketJumpSd(),
                s.enforcementVolatility());
    }
}
