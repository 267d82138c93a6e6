package odsim.engine;

import odsim.model.UseState;
import odsim.results.RateCounts.Event;

/**
 * Time since an event, kept per person for rates by window ({@link RateBook}): a release from
 * jail or prison, a discharge from rehab, leaving treatment, starting treatment. Each event's last
 * day is kept; its window is open while the person is out of the state that closes it (custody,
 * rehab, on treatment for the windows after release, discharge and leaving; off treatment for the
 * window after starting). A change of state opens the window of the event it is and closes the
 * one it ends, adding the closed window's person-days; a death closes every open window, counting
 * its day. Written once, for the engine and the MASON peer.
 */
final class EventWindows {
    private static final Event[] EVENTS = Event.ALL;

    private EventWindows() {}

    /** {@code p} moved from {@code from} to {@code to} today. */
    static void stateChanged(World w, Person p, byte from, UseState to) {
        int day = w.day;
        for (Event e : EVENTS) {
            boolean wasClosed = closedIn(e, from), closed = closedIn(e, to.code);
            // Entering the closing state ends the window today; leaving it is the event (a release,
            // a discharge, leaving treatment; for the window after starting treatment, the start).
            if (closed && !wasClosed) addPersonDays(w, p, e, day);
            if (wasClosed && !closed) p.setEventStart(e.ordinal(), day);
        }
    }

    /** {@code p} died today, in the state they are in: every open window closes at the end of the day. */
    static void died(World w, Person p) {
        byte state = p.state();
        for (Event e : EVENTS) if (!closedIn(e, state)) addPersonDays(w, p, e, w.day + 1);
    }

    /** Whether event {@code e}'s window is open for {@code p} now. */
    static boolean open(Person p, Event e) {
        return p.eventStart(e.ordinal()) != People.NEVER && !closedIn(e, p.state());
    }

    private static void addPersonDays(World w, Person p, Event e, int closedOn) {
        int opened = p.eventStart(e.ordinal());
        if (opened != People.NEVER) w.rates.personDays(e.ordinal(), opened, closedOn);
    }

    /** Whether state {@code code} closes event {@code e}'s window. */
    static boolean closedIn(Event e, byte code) {
        return switch (e) {
            case CUSTODY_RELEASE -> code == UseState.JAIL.code || code == UseState.PRISON.code;
            case REHAB_DISCHARGE -> code == UseState.REHAB.code;
            case LEAVING_TREATMENT -> onMedication(code);
            case STARTING_TREATMENT -> !onMedication(code);
        };
    }

    private static boolean onMedication(byte code) {
        return code == UseState.METHADONE.code || code == UseState.BUPRENORPHINE.code;
    }
}
