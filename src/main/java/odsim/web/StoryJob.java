package odsim.web;

import odsim.gui.PersonStories;

/** A person's story in a browser's run: the desktop GUI's, found and written by replaying the run. */
final class StoryJob extends Job {
    private final PersonStories.Wanted wanted;

    StoryJob(LiveRun run, PersonStories.Wanted wanted) {
        super(run);
        this.wanted = wanted;
    }

    @Override
    String what() {
        return "a person's story";
    }

    @Override
    void execute() {
        run.storyPhase("replaying the run to find " + whom() + "...");
        PersonStories.Told told = PersonStories.find(run.prepared.scenario(), run.prepared.seed(), wanted, run.lastStoryPerson(), this::stopped);
        if (stopped()) {
            dropped();
            return;
        }
        run.story(told, told == null ? "no one like that in this run: try other levers or another seed" : "");
    }

    private String whom() {
        return wanted == PersonStories.Wanted.DIED_OF_OVERDOSE ? "someone who dies of an overdose" : "someone released from jail";
    }

    @Override
    void dropped() {
        run.storyPhase("");
    }

    @Override
    void failed(Throwable e) {
        run.storyPhase("the story failed: " + reason(e));
    }
}
