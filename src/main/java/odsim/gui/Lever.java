package odsim.gui;

import java.time.LocalDate;
import odsim.scenario.DatedCurve;
import odsim.scenario.Scenario;

/**
 * What a teacher can move during a run: each lever's dated level, and the fentanyl share of the
 * street supply, named by its parameter path. Each reads its dated curve from a scenario and
 * writes a changed one back by that path, checked as a scenario file's value is, with the range
 * its slider allows (within the parameter's own allowed range).
 */
public enum Lever {
    FENTANYL("Fentanyl share of street batches", "supply.fentanylShare", 0, 1),
    NALOXONE("Naloxone distribution", "policies.naloxone.level", 0, 1),
    OPC("Overdose prevention centres", "policies.opc.level", 0, 1),
    DECRIMINALIZATION("Decriminalized possession", "policies.decriminalization.level", 0, 1),
    POLICING("Policing intensity (x status quo)", "policies.policing.intensity", 0, 3),
    DIVERSION("Police diversion (share of arrests)", "policies.policing.diversion", 0, 1),
    SUPPLY_PRESSURE("Crackdown on supply (volatility x)", "policies.supplyPressure.volatility", 1, 3),
    SAFE_SUPPLY("Safe supply", "policies.safeSupply.level", 0, 1),
    MEDICATION("Methadone/buprenorphine expansion", "policies.medication.level", 0, 1),
    DRUG_CHECKING("Drug checking", "policies.drugChecking.level", 0, 1),
    RECORD_CLEARING("Record clearing", "policies.recordClearing.level", 0, 1),
    STERILE_SUPPLIES("Sterile supplies (syringes, kits)", "policies.sterileSupplies.level", 0, 1),
    ROOT_CAUSES("Housing, jobs, mental health", "policies.rootCauses.level", 0, 1),
    REHAB("Abstinence-only rehab expansion", "policies.abstinence.level", 0, 1),
    PRESCRIBING("Prescribing restrictions", "policies.prescribing.level", 0, 1);

    public static final Lever[] ALL = values();

    public final String label;
    /** The lever's parameter path in a scenario file. */
    public final String path;
    /** The range its slider allows (the browser app's too), within the parameter's own allowed range. */
    public final double min, max;

    Lever(String label, String path, double min, double max) {
        this.label = label;
        this.path = path;
        this.min = min;
        this.max = max;
    }

    private DatedCurve curve(Scenario s) {
        return (DatedCurve) s.valueAt(path);
    }

    /** The lever's level on a date of the scenario. */
    double level(Scenario s, LocalDate date) {
        return curve(s).valueAt(date);
    }

    /** The lever's level on each day of the horizon. */
    double[] daily(Scenario s) {
        return curve(s).daily(s.horizon().start(), s.horizon().days());
    }

    /** The scenario with this lever at {@code value} from {@code date} on (clamped to the slider's range). */
    Scenario set(Scenario s, LocalDate date, double value) {
        double v = Math.max(min, Math.min(max, value));
        return s.with(path, curve(s).withValueFrom(date, v), "the GUI's " + label + " lever");
    }

    /** Shown as a checkbox rather than a slider: on or off. */
    public boolean isSwitch() {
        return this == DECRIMINALIZATION;
    }

    /** The value at which the lever does nothing (where a chart marker says it started). */
    double off() {
        return this == POLICING || this == SUPPLY_PRESSURE ? 1.0 : 0.0;
    }
}
