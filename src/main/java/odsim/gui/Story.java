package odsim.gui;

import java.time.LocalDate;
import java.util.List;
import odsim.model.UseState;

/**
 * A person's life in one run: what happened, day by day, and the daily course of their state,
 * tolerance and pain (from {@code firstDay}, the day they are first seen, to {@code lastDay}).
 */
record Story(int person, LocalDate start, int firstDay, int lastDay, List<StoryEvent> events, UseState[] states,
             float[] toleranceShare, float[] physical, float[] emotional, float[] economic) {

    /** The state on a day of the run (null before the person is seen). */
    UseState stateOn(int day) {
        return day < firstDay || day > lastDay ? null : states[day - firstDay];
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** How it ended, or where the person is at the end of the horizon. */
    String ending() {
        UseState last = states.length == 0 ? null : states[states.length - 1];
        if (last == null) return "not yet in the population at risk";
        for (int k = events.size() - 1; k >= 0; k--) {
            if (events.get(k).kind() == StoryEvent.Kind.DEATH) return "died on " + date(events.get(k).day()) + ": " + events.get(k).text();
        }
        return "alive at the end of the run, " + StoryRecorder.describe(last);
    }
}
