package odsim.model;

import java.util.Locale;

/**
 * The use-state machine. Stored as a byte per person; the order of constants is the code, so
 * append new states at the end before the two dead states only with care for saved results.
 */
public enum UseState {
    NO_USE, PRESCRIBED, NONMEDICAL, STREET, METHADONE, BUPRENORPHINE, SAFE_SUPPLY, REHAB, JAIL, PRISON, REMISSION,
    DEAD_OVERDOSE, DEAD_OTHER;

    public static final UseState[] ALL = values();
    /** States of living people, in the order results list them. */
    public static final UseState[] ALIVE = {NO_USE, PRESCRIBED, NONMEDICAL, STREET, METHADONE, BUPRENORPHINE,
        SAFE_SUPPLY, REHAB, JAIL, PRISON, REMISSION};

    public final byte code = (byte) ordinal();

    public static UseState of(byte code) {
        return ALL[code];
    }

    public boolean isDead() {
        return this == DEAD_OVERDOSE || this == DEAD_OTHER;
    }

    /** Forced or chosen abstinence with a set length: leaving it counts as a release or discharge. */
    public boolean isCustodyOrRehab() {
        return this == REHAB || this == JAIL || this == PRISON;
    }

    public boolean onMedication() {
        return this == METHADONE || this == BUPRENORPHINE;
    }

    /** People in the state have use-days on the street supply (some or all of them), which a person who injects injects. */
    public boolean meetsStreetSupply() {
        return this == STREET || onMedication() || this == SAFE_SUPPLY;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
