package odsim.engine;

import odsim.model.UseState;

/**
 * Who was there when a watched person overdosed, and how it ended.
 *
 * @param state the use state at the time
 * @param toleranceShare tolerance at the time, as a share of the person's habitual dose
 * @param naloxone a witness (or the person's own kit, in a witness's hands) gave naloxone
 * @param ems a 911 call brought EMS
 */
public record OverdoseScene(int person, int day, UseState state, Setting setting, boolean fentanyl, double toleranceShare,
                            boolean naloxone, boolean ems, boolean fatal) {
    /** Where the overdose happened. */
    public enum Setting {
        ALONE("alone"), WITH_OTHERS("with others there"), AT_CENTRE("at an overdose prevention centre (staff there)");

        public final String description;

        Setting(String description) {
            this.description = description;
        }
    }
}
