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
    EMS("EMS responses", Sector.HEALTH, Measure.COST_EMS, Group.EMERGENCY_CARE),
    EMERGENCY("emergency department visits", Sector.HEALTH, Measure.COST_EMERGENCY, Group.EMERGENCY_CARE),
    HOSPITAL("hospital admissions", Sector.HEALTH, Measure.COST_HOSPITAL, Group.EMERGENCY_CARE),
    METHADONE("methadone", Sector.HEALTH, Measure.COST_METHADONE, Group.TREATMENT),
    BUPRENORPHINE("buprenorphine", Sector.HEALTH, Measure.COST_BUPRENORPHINE, Group.TREATMENT),
    REHAB("abstinence-only rehab and detox", Sector.HEALTH, Measure.COST_REHAB, Group.TREATMENT),
    NALOXONE("naloxone distribution", Sector.HEALTH, Measure.COST_NALOXONE, Group.HARM_REDUCTION),
    OPC("overdose prevention centres", Sector.HEALTH, Measure.COST_OPC, Group.HARM_REDUCTION),
    SAFE_SUPPLY("safe supply", Sector.HEALTH, Measure.COST_SAFE_SUPPLY, Group.HARM_REDUCTION),
    DRUG_CHECKING("drug checking", Sector.HEALTH, Measure.COST_DRUG_CHECKING, Group.HARM_REDUCTION),
    STERILE_SUPPLIES("sterile supplies", Sector.HEALTH, Measure.COST_STERILE_SUPPLIES, Group.HARM_REDUCTION),
    HCV_CURE("hepatitis C treatment", Sector.HEALTH, Measure.COST_HCV_CURE, Group.INFECTIONS),
    HIV_CARE("HIV care", Sector.HEALTH, Measure.COST_HIV_CARE, Group.INFECTIONS),
    POLICING("arrests", Sector.CRIMINAL_JUSTICE, Measure.COST_POLICING, Group.CRIMINAL_JUSTICE),
    JAIL("jail days", Sector.CRIMINAL_JUSTICE, Measure.COST_JAIL, Group.CRIMINAL_JUSTICE),
    PRISON("prison days", Sector.CRIMINAL_JUSTICE, Measure.COST_PRISON, Group.CRIMINAL_JUSTICE),
    DIVERSION("police diversion", Sector.CRIMINAL_JUSTICE, Measure.COST_DIVERSION, Group.CRIMINAL_JUSTICE),
    RECORD_CLEARING("clearing criminal records", Sector.CRIMINAL_JUSTICE, Measure.COST_RECORD_CLEARING, Group.CRIMINAL_JUSTICE),
    SUPPLY_PRESSURE("enforcement on the supply", Sector.CRIMINAL_JUSTICE, Measure.COST_SUPPLY_PRESSURE, Group.CRIMINAL_JUSTICE),
    MEDICATION_IN_CUSTODY("medication in jail and prison", Sector.CRIMINAL_JUSTICE, Measure.COST_MEDICATION_IN_CUSTODY, Group.TREATMENT),
    ROOT_CAUSES("housing, jobs and mental-health programs", Sector.SOCIAL_SERVICES, Measure.COST_ROOT_CAUSES, Group.ROOT_CAUSES),
    LIVES_LOST("value of lives lost to overdose", Sector.LIVES, null, Group.LIVES);

    public static final CostCategory[] ALL = values();
    public static final int COUNT = ALL.length;
    private static final Map<Measure, CostCategory> BY_MEASURE = new EnumMap<>(Measure.class);

    static {
        for (CostCategory c : ALL) if (c.measure != null) BY_MEASURE.put(c.measure, c);
    }

    /**
     * What a reader sees categories grouped into (the report's cost charts, the GUI's costs): at
     * most eight, so a legend stays readable; what each group holds is stated once, here.
     */
    public enum Group {
        EMERGENCY_CARE("emergency care"), TREATMENT("treatment and rehab"), HARM_REDUCTION("harm reduction"),
        CRIMINAL_JUSTICE("criminal justice"), ROOT_CAUSES("housing, jobs, care"), INFECTIONS("hepatitis C and HIV care"),
        LIVES("lives lost");

        public static final Group[] ALL = values();
        public final String description;

        Group(String description) {
            this.description = description;
        }
    }

    public final String description;
    public final Sector sector;
    public final Group group;
    /** The run's cost measure feeding this category; null for {@link #LIVES_LOST}. */
    public final Measure measure;

    CostCategory(String description, Sector sector, Measure measure, Group group) {
        this.description = description;
        this.sector = sector;
        this.measure = measure;
        this.group = group;
    }

    /** The category a cost measure feeds, or null (for {@code COST_TOTAL} and non-cost measures). */
    public static CostCategory of(Measure m) {
        return BY_MEASURE.get(m);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
