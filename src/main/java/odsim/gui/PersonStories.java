package odsim.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import odsim.model.UseState;
import odsim.scenario.Scenario;

/**
 * A person's story as plain data, for a front end other than the Swing GUI (the browser app): the
 * same search ({@link StoryFinder}) and the same recorder ({@link StoryRecorder}) as the GUI's
 * story window, replaying replication 0 of a scenario with a seed, as {@code odsim run --seed}
 * runs it, with no lever moved during the run.
 */
public final class PersonStories {
    private PersonStories() {}

    /** Who to look for: someone who dies of an overdose, or someone released from jail or prison who dies soon after. */
    public enum Wanted { DIED_OF_OVERDOSE, RELEASED_FROM_JAIL }

    /** One event of the story: its date, its kind (start, state, custody, release, treatment, pain, kit, overdose, death), in words. */
    public record Event(LocalDate date, String kind, String text) {}

    /** A stretch of days in one state, first and last day included. */
    public record Stretch(LocalDate from, LocalDate to, String state) {}

    /** A story: the person's number, how it ended, what happened, and their states over time. */
    public record Told(int person, String ending, List<Event> events, List<Stretch> states) {}

    /**
     * The story of the first person numbered above {@code after} (wrapping round) who fits
     * {@code wanted}; null if the run has no one like that or {@code cancelled} said stop.
     * Replays the run twice: once to find the person, once to follow them.
     */
    public static Told find(Scenario scenario, long seed, Wanted wanted, int after, BooleanSupplier cancelled) {
        StoryFinder.Wanted w = wanted == Wanted.DIED_OF_OVERDOSE ? StoryFinder.Wanted.DIED_OF_OVERDOSE : StoryFinder.Wanted.RELEASED_FROM_JAIL;
        int person = StoryFinder.find(scenario, seed, List.of(), w, 0, after, cancelled);
        if (person < 0) return null;
        Story story = StoryReplay.of(scenario, seed, List.of(), person, cancelled);
        return story == null ? null : told(story);
    }

    private static Told told(Story s) {
        List<Event> events = new ArrayList<>();
        for (StoryEvent e : s.events()) events.add(new Event(s.date(e.day()), e.kind().name().toLowerCase(java.util.Locale.ROOT), e.text()));
        List<Stretch> stretches = new ArrayList<>();
        UseState[] states = s.states();
        for (int from = 0; from < states.length; ) {
            int to = from;
            while (to + 1 < states.length && states[to + 1] == states[from]) to++;
            stretches.add(new Stretch(s.date(s.firstDay() + from), s.date(s.firstDay() + to), StoryRecorder.shortName(states[from])));
            from = to + 1;
        }
        return new Told(s.person(), s.ending(), List.copyOf(events), List.copyOf(stretches));
    }
}
