package odsim.gui;

/** One thing that happened in a person's life, on a day of the run. */
record StoryEvent(int day, Kind kind, String text) {
    enum Kind { START, STATE, CUSTODY, RELEASE, TREATMENT, PAIN, KIT, OVERDOSE, DEATH }
}
