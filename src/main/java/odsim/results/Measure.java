package odsim.results;

import java.util.Locale;

/**
 * Every named daily series a run records. A FLOW is counted per day and summed over a period
 * (deaths, costs); a STOCK is a level each day and averaged over a period (people in a state).
 * Counts are in real people: agents times the scenario's scale.
 */
public enum Measure {
    OVERDOSES(Kind.FLOW, "overdoses", "overdoses, fatal or not", true),
    NONFATAL_OVERDOSES(Kind.FLOW, "overdoses", "overdoses survived", true),
    OVERDOSE_DEATHS(Kind.FLOW, "deaths", "overdose deaths", true),
    OVERDOSE_DEATHS_ALONE(Kind.FLOW, "deaths", "overdose deaths of people using alone", false),
    OVERDOSE_DEATHS_WITNESSED(Kind.FLOW, "deaths", "overdose deaths with someone there", false),
    OVERDOSE_DEATHS_NALOXONE_GIVEN(Kind.FLOW, "deaths", "overdose deaths where naloxone was given (by a witness, or by EMS reaching the person in time)", false),
    OVERDOSE_DEATHS_FENTANYL(Kind.FLOW, "deaths", "overdose deaths from a fentanyl-containing dose", false),
    OVERDOSE_DEATHS_AFTER_CUSTODY(Kind.FLOW, "deaths", "overdose deaths within 14 days of release from jail or prison", false),
    OVERDOSE_DEATHS_AFTER_REHAB(Kind.FLOW, "deaths", "overdose deaths within 14 days of discharge from rehab or detox", false),
    OVERDOSE_DEATHS_STREET(Kind.FLOW, "deaths", "overdose deaths of people using street opioids", false),
    OVERDOSE_DEATHS_NONMEDICAL(Kind.FLOW, "deaths", "overdose deaths of people misusing prescription opioids", false),
    OVERDOSE_DEATHS_COUNTERFEIT(Kind.FLOW, "deaths", "overdose deaths from a counterfeit pill containing fentanyl (people misusing prescription opioids who bought it)", false),
    OVERDOSE_DEATHS_PRESCRIBED(Kind.FLOW, "deaths", "overdose deaths of people on prescribed opioids", false),
    OVERDOSE_DEATHS_IN_TREATMENT(Kind.FLOW, "deaths", "overdose deaths of people on methadone or buprenorphine", false),
    NALOXONE_REVERSALS(Kind.FLOW, "overdoses", "overdoses survived after a witness gave naloxone", false),
    EMS_CALLS(Kind.FLOW, "calls", "911 calls answered by EMS for an overdose", false),
    ED_VISITS(Kind.FLOW, "visits", "emergency department visits after a survived overdose (released or admitted)", false),
    HOSPITAL_ADMISSIONS(Kind.FLOW, "admissions", "hospital admissions after an overdose (from the emergency department)", false),
    OTHER_CAUSE_DEATHS(Kind.FLOW, "deaths", "deaths from other causes", true),
    LIFE_YEARS_LOST(Kind.FLOW, "years", "years of life lost to overdose deaths: remaining life expectancy at the age of death (US life table 2019)", false),
    ENTRANTS(Kind.FLOW, "people", "people entering the population at risk", false),
    PRESCRIPTION_STARTS(Kind.FLOW, "people", "starts of long-term prescribed opioids", false),
    INITIATIONS(Kind.FLOW, "people", "starts of non-medical opioid use", false),
    ESCALATIONS(Kind.FLOW, "people", "moves from prescription misuse to street opioids", false),
    CESSATIONS(Kind.FLOW, "people", "moves from use to remission", false),
    RELAPSES(Kind.FLOW, "people", "returns from remission to use", false),
    TREATMENT_STARTS(Kind.FLOW, "people", "starts of methadone or buprenorphine", false),
    TREATMENT_EXITS(Kind.FLOW, "people", "exits from methadone or buprenorphine", false),
    REHAB_ADMISSIONS(Kind.FLOW, "people", "admissions to abstinence-only rehab or detox", false),
    ARRESTS(Kind.FLOW, "arrests", "arrests for possession", false),
    RELEASES(Kind.FLOW, "people", "releases from jail or prison and discharges from rehab", false),
    COST_EMS(Kind.FLOW, "USD", "cost of EMS responses", false),
    COST_EMERGENCY(Kind.FLOW, "USD", "cost of emergency department visits", false),
    COST_HOSPITAL(Kind.FLOW, "USD", "cost of hospital admissions", false),
    COST_METHADONE(Kind.FLOW, "USD", "cost of methadone treatment", false),
    COST_BUPRENORPHINE(Kind.FLOW, "USD", "cost of buprenorphine treatment", false),
    COST_REHAB(Kind.FLOW, "USD", "cost of rehab and detox", false),
    COST_POLICING(Kind.FLOW, "USD", "cost of arrests", false),
    COST_JAIL(Kind.FLOW, "USD", "cost of jail days", false),
    COST_PRISON(Kind.FLOW, "USD", "cost of prison days", false),
    KITS_DISTRIBUTED(Kind.FLOW, "kits", "naloxone kits handed out by the distribution program", false),
    COST_NALOXONE(Kind.FLOW, "USD", "cost of naloxone distribution", false),
    OPC_VISITS(Kind.FLOW, "visits", "supervised use-days at overdose prevention centres", false),
    OVERDOSES_AT_SITE(Kind.FLOW, "overdoses", "overdoses at an overdose prevention centre", false),
    OVERDOSE_DEATHS_AT_SITE(Kind.FLOW, "deaths", "overdose deaths at an overdose prevention centre", false),
    COST_OPC(Kind.FLOW, "USD", "cost of overdose prevention centres", false),
    DIVERSIONS(Kind.FLOW, "people", "arrests diverted to case management and treatment", false),
    COST_DIVERSION(Kind.FLOW, "USD", "cost of police diversion", false),
    COST_SUPPLY_PRESSURE(Kind.FLOW, "USD", "cost of enforcement pressure on the supply", false),
    SAFE_SUPPLY_STARTS(Kind.FLOW, "people", "enrolments in safe supply", false),
    OVERDOSE_DEATHS_SAFE_SUPPLY(Kind.FLOW, "deaths", "overdose deaths of people enrolled in safe supply", false),
    COST_SAFE_SUPPLY(Kind.FLOW, "USD", "cost of safe supply", false),
    COST_MEDICATION_IN_CUSTODY(Kind.FLOW, "USD", "cost of methadone or buprenorphine in jail and prison", false),
    COST_ROOT_CAUSES(Kind.FLOW, "USD", "cost of housing, jobs and mental-health programs", false),
    DRUG_CHECKS(Kind.FLOW, "checks", "street use-days checked", false),
    STRONG_RESULTS(Kind.FLOW, "checks", "checks that found an unusually strong batch", false),
    COST_DRUG_CHECKING(Kind.FLOW, "USD", "cost of drug checking", false),
    COURT_MANDATED_REHAB(Kind.FLOW, "people", "arrests sent to court-mandated rehab instead of custody", false),
    HCV_INFECTIONS(Kind.FLOW, "infections", "hepatitis C infections acquired from shared injecting equipment (including those that clear by themselves)", true),
    HIV_INFECTIONS(Kind.FLOW, "infections", "HIV infections acquired from shared injecting equipment", true),
    HCV_CURES(Kind.FLOW, "people", "people cured of chronic hepatitis C by treatment", false),
    RECORDS_CLEARED(Kind.FLOW, "people", "criminal records cleared", false),
    COST_RECORD_CLEARING(Kind.FLOW, "USD", "cost of clearing criminal records", false),
    COST_STERILE_SUPPLIES(Kind.FLOW, "USD", "cost of sterile supplies (syringe services, smoking kits)", false),
    COST_HCV_CURE(Kind.FLOW, "USD", "cost of hepatitis C treatment", false),
    COST_HIV_CARE(Kind.FLOW, "USD", "cost of care for people living with HIV", false),
    COST_TOTAL(Kind.FLOW, "USD", "all costs above", false),
    POPULATION(Kind.STOCK, "people", "people alive in the population at risk", false),
    PEOPLE_NO_USE(Kind.STOCK, "people", "people not using opioids", false),
    PEOPLE_PRESCRIBED(Kind.STOCK, "people", "people on long-term prescribed opioids", false),
    PEOPLE_NONMEDICAL(Kind.STOCK, "people", "people misusing prescription opioids", false),
    PEOPLE_STREET(Kind.STOCK, "people", "people using street opioids", false),
    PEOPLE_METHADONE(Kind.STOCK, "people", "people on methadone", false),
    PEOPLE_BUPRENORPHINE(Kind.STOCK, "people", "people on buprenorphine", false),
    PEOPLE_SAFE_SUPPLY(Kind.STOCK, "people", "people on safe supply", false),
    PEOPLE_REHAB(Kind.STOCK, "people", "people in rehab or detox", false),
    PEOPLE_JAIL(Kind.STOCK, "people", "people in jail", false),
    PEOPLE_PRISON(Kind.STOCK, "people", "people in prison", false),
    PEOPLE_REMISSION(Kind.STOCK, "people", "people in remission", false),
    KIT_HOLDERS(Kind.STOCK, "people", "people holding a naloxone kit", false),
    WAITING_FOR_TREATMENT(Kind.STOCK, "people", "people waiting for a methadone or buprenorphine place", false),
    MEDICATED_IN_CUSTODY(Kind.STOCK, "people", "people in jail or prison receiving methadone or buprenorphine", false),
    PEOPLE_INJECTING(Kind.STOCK, "people", "people who inject, in a state with street use (on the street, in treatment, on safe supply)", false),
    PEOPLE_WITH_HCV(Kind.STOCK, "people", "people living with chronic hepatitis C", false),
    PEOPLE_WITH_HIV(Kind.STOCK, "people", "people living with HIV", false),
    PEOPLE_WITH_RECORD(Kind.STOCK, "people", "people carrying a criminal record", false),
    MARKET_POTENCY(Kind.STOCK, "relative potency", "street market potency level (1 = heroin reference)", false),
    FENTANYL_SHARE(Kind.STOCK, "share", "share of street batches containing fentanyl", false);

    public enum Kind { FLOW, STOCK }

    public static final Measure[] ALL = values();
    public static final int COUNT = ALL.length;

    public final Kind kind;
    public final String unit;
    public final String description;
    /** Also reported per 100,000 residents of the region. */
    public final boolean per100k;
    /** False for measures that describe the market rather than people (not multiplied by scale). */
    public final boolean scaled;

    Measure(Kind kind, String unit, String description, boolean per100k) {
        this.kind = kind;
        this.unit = unit;
        this.description = description;
        this.per100k = per100k;
        this.scaled = !(unit.equals("share") || unit.equals("relative potency"));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stock measure counting people in a living state. */
    public static Measure peopleIn(odsim.model.UseState s) {
        return valueOf("PEOPLE_" + s.name());
    }
}
