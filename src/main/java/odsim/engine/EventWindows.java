package odsim.engine;

import odsim.model.UseState;
import odsim.results.RateCounts.Event;

/**
 * Time since an event, kept per person for rates by window ({@link RateBook}): a release from
 * jail or prison, a discharge from rehab, leaving treatment, starting treatment. A change of
 * state opens the window of the event it is and closes the one it ends (back in custody, in rehab,
 * on treatment, off treatment); a death closes every window, counting its day. Written once, for
 * the engine and the MASON peer.
 */
final class EventWindows {
    private EventWindows() {}

    /** {@code p} moved from {@code from} to {@code to} today. */
    static void stateChanged(World w, Person p, byte from, UseState to) {
        int day = w.day;
        boolean wasInCustody = from == UseState.JAIL.code || from == UseState.PRISON.code;
        boolean inCustody = to == UseState.JAIL || to == UseState.PRISON;
        boolean wasOnMedication = from == UseState.METHADONE.code || from == UseState.BUPRENORPHINE.code;
        if (inCustody && !wasInCustody) close(w, p, Event.CUSTODY_RELEASE, day);
        if (wasInCustody && !inCustody) open(p, Event.CUSTODY_RELEASE, day);
        if (to == UseState.REHAB) close(w, p, Event.REHAB_DISCHARGE, day);
        if (from == UseState.REHAB.code && to != UseState.REHAB) open(p, Event.REHAB_DISCHARGE, day);
        if (to.onMedication() && !wasOnMedication) {
            close(w, p, Event.LEAVING_TREATMENT, day);
            open(p, Event.STARTING_TREATMENT, day);
        }
        if (wasOnMedication && !to.onMedication()) {
            close(w, p, Event.STARTING_TREATMENT, day);
            open(p, Event.LEAVING_TREATMENT, day);
        }
    }

    /** {@code p} died today: every open window closes at the end of the day. */
    static void died(World w, Person p) {
        for (Event e : Event.ALL) close(w, p, e, w.day + 1);
    }

    private static void open(Person p, Event e, int day) {
        p.setEventStart(e.ordinal(), day);
    }

    private static void close(World w, Person p, Event e, int closed) {
        int opened = p.eventStart(e.ordinal());
        if (opened == People.NEVER) return;
        w.rates.personDays(e.ordinal(), opened, closed);
        p.setEventStart(e.ordinal(), People.NEVER);
    }
}
