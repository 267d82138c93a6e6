package odsim.gui;

import java.util.List;
import java.util.function.BooleanSupplier;
import odsim.scenario.Scenario;

/** A person's whole story in a GUI run, written by replaying the run headless with a {@link StoryRecorder} watching them. */
final class StoryReplay {
    private StoryReplay() {}

    /** The story of {@code person} over the whole horizon; null if cancelled. */
    static Story of(Scenario scenario, long seed, List<LeverChange> changes, int person, BooleanSupplier cancelled) {
        StoryRecorder recorder = new StoryRecorder(person, scenario.horizon().start(), scenario.horizon().days());
        boolean done = Replay.run(scenario, seed, changes, Integer.MAX_VALUE, recorder::attach, recorder::afterDay, cancelled);
        return done ? recorder.story() : null;
    }
}
