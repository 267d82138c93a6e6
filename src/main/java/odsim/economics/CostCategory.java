package odsim.economics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import odsim.results.Measure;
import odsim.scenario.Sector;

/**
 * Cost categories of an appraisal, each fed by one cost measure of a run (program costs of each
 * lever, services, custody) except {@link #LIVES_LOST}, which values overdose deaths. Each
 * belongs to one {@link Sector}. Every cost measure a run records belongs to exactly one
 * category, which a test checks, so nothing is counted twice or left out.
 */
public enum CostCategory {
    EMS("EMS responses", Sector.HEALTH, Measure.COST_EMS),
    EMERGENCY("emergency department visits", Sector.HEALTH, Measure.COST_EMERGENCY),
    HOSPITAL("hospital admissions", Sector.HEALTH, Measure.COST_HOSPITAL),
    METHADONE("methadone", Sector.HEALTH, Measure.COST_METHADONE),
    BUPRENORPHINE("buprenorphine", Sector.HEALTH, Measure.COST_BUPRENORPHINE),
    REHAB("abstinence-only rehab and detox", Sector.HEALTH, Measure.COST_REHAB),
    NALOXONE("naloxone distribution", Sector.HEALTH, Measure.COST_NALOXONE),
    OPC("overdose prevention centres", Sector.HEALTH, Measure.COST_OPC),
    SAFE_SUPPLY("safe supply", Sector.HEALTH, Measure.COST_SAFE_SUPPLY),
    DRUG_CHECKING("drug checking", Sector.HEALTH, Measure.COST_DRUG_CHECKING),
    POLICING("arrests", Sector.CRIMINAL_JUSTICE, Measure.COST_POLICING),
    JAIL("jail days", Sector.CRIMINAL_JUSTICE, Measure.COST_JAIL),
    PRISON("prison days", Sector.CRIMINAL_JUSTICE, Measure.COST_PRISON),
    DIVERSION("police diversion", Sector.CRIMINAL_JUSTICE, Measure.COST_DIVERSION),
    SUPPLY_PRESSURE("enforcement on the supply", Sector.CRIMINAL_JUSTICE, Measure.COST_SUPPLY_PRESSURE),
    MEDICATION_IN_CUSTODY("medication in jail and prison", Sector.CRIMINAL_JUSTICE, Measure.COST_MEDICATION_IN_CUSTODY),
    ROOT_CAUSES("housing, jobs and mental-health programs", Sector.SOCIAL_SERVICES, Measure.COST_ROOT_CAUSES),
    LIVES_LOST("value of lives lost to overdose", Sector.LIVES, null);

    public static final CostCategory[] ALL = values();
    public static final int COUNT = ALL.length;
    private static final Map<Measure, CostCategory> BY_MEASURE = new EnumMap<>(Measure.class);

    static {
        for (CostCategory c : ALL) if (c.measure != null) BY_MEASURE.put(c.measure, c);
    }

    public final String description;
    public final Sector sector;
    /** The run's cost measure feeding this category; null for {@link #LIVES_LOST}. */
    public final Measure measure;

    CostCategory(String description, Sector sector, Measure measure) {
        this.description = description;
        this.sector = sector;
        this.measure = measure;
    }

    /** The category a cost measure feeds, or null (for {@code COST_TOTAL} and non-cost measures). */
    public static CostCategory of(Measure m) {
        return BY_MEASURE.get(m);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
