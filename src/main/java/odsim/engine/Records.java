package odsim.engine;

import odsim.model.UseState;
import odsim.scenario.RecordParams;
import odsim.scenario.Scenario;

/**
 * Criminal records. An arrest not diverted before booking leaves a record; while a person carries
 * one, the economic stress their pain returns to is higher ({@link RecordParams#economicPain}):
 * fewer jobs, less housing. Record clearing ({@link RecordClearingLever}) removes it for the
 * people it reaches. The record moves the person's economic-stress baseline itself, so reading
 * pain never looks at the record: a baseline raised to 1 (the top) comes back down by the full
 * rise when cleared. Pain is kept lazily toward its targets ({@link PainClock}), so a record is
 * gained or lost only once the person's pain is brought forward to the day.
 * The one statement of it, for the engine and the MASON peer.
 */
final class Records {
    private final RecordParams params;
    Records(Scenario s) {
        params = s.records();
    }

    /** The rise in the economic-stress baseline while a record is carried. */
    double economicPain() {
        return params.economicPain();
    }

    /** Whether a person created in {@code state} (with or without a history of street use) carries a record: a draw at set-up. */
    boolean startsWith(World w, int i, int day, UseState state, boolean streetHistory) {
        double share = streetHistory ? params.shareStreetHistory()
                : state == UseState.NONMEDICAL ? params.shareMisuse() : params.shareOther();
        return w.streams.init.uniform(i, day, 10) < share;
    }

    /** An arrest that was not diverted: the person carries a record from today. */
    static void arrested(World w, Person p) {
        if (!p.hasRecord()) change(w, p, true, w.day);
    }

    /**
     * Gives or takes away {@code p}'s record, moving their economic-stress baseline by the record's
     * rise, after their pain is brought forward to the end of {@code asOf} under the old baseline.
     */
    static void change(World w, Person p, boolean record, int asOf) {
        p.bringPainForward(asOf);
        p.setRecord(record);
        double rise = w.rules.records.economicPain();
        p.shiftEconomicBaseline(record ? rise : -rise);
    }
}
