package odsim.scenario;

/** Who pays for a cost category; perspectives are sets of sectors ({@link Perspective}). */
public enum Sector {
    /** Health care and public-health programs: EMS, hospitals, treatment, harm reduction. */
    HEALTH,
    /** Police, courts, jails and prisons, and programs they run. */
    CRIMINAL_JUSTICE,
    /** Other public programs: housing, jobs and mental-health services. */
    SOCIAL_SERVICES,
    /** Not a budget: the value society places on the lives lost to overdose. */
    LIVES
}
