package odsim.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import odsim.gui.PersonStories;

/**
 * One browser's run and what was asked of it since (a story, a report): its state, the months
 * simulated so far, the baseline's band, and a version that changes with every update, so a
 * page's event stream waits for the next change ({@link #awaitChange}). Guarded by itself.
 */
final class LiveRun {
    enum State { WAITING, RUNNING, DONE, FAILED, STOPPED }

    final String id;
    final String session;
    final PreparedRun prepared;
    /** This run's own folder under the server's work folder: series.csv, scenario.yaml, the report. */
    final Path dir;

    private State state = State.WAITING;
    private String phase = "waiting for a free slot";
    private final List<MonthPoint> months = new ArrayList<>();
    private Band band;
    private String bandPhase = "";
    private PersonStories.Told story;
    private String storyPhase = "";
    private int storyVersion;
    private int lastStoryPerson = -1;
    private String reportPhase = "";
    private boolean reportReady;
    private double deaths;
    private long version;
    /** The job of this run still waiting or running (the run itself, a story or a report), to show its place in the queue. */
    private Job pending;

    LiveRun(String id, String session, PreparedRun prepared, Path dir) {
        this.id = id;
        this.session = session;
        this.prepared = prepared;
        this.dir = dir;
    }

    synchronized void state(State s, String phaseText) {
        state = s;
        phase = phaseText;
        changed();
    }

    synchronized State state() {
        return state;
    }

    synchronized boolean finished() {
        return state == State.DONE || state == State.FAILED || state == State.STOPPED;
    }

    synchronized void phase(String text) {
        phase = text;
        changed();
    }

    synchronized void addMonth(MonthPoint m) {
        months.add(m);
        deaths += m.deaths();
        changed();
    }

    synchronized List<MonthPoint> monthsFrom(int k) {
        return k >= months.size() ? List.of() : List.copyOf(months.subList(k, months.size()));
    }

    synchronized void band(Band b, String text) {
        band = b;
        bandPhase = text;
        changed();
    }

    synchronized Band band() {
        return band;
    }

    synchronized void story(PersonStories.Told told, String text) {
        story = told;
        if (told != null) lastStoryPerson = told.person();
        storyPhase = text;
        storyVersion++;
        changed();
    }

    synchronized PersonStories.Told story() {
        return story;
    }

    synchronized int storyVersion() {
        return storyVersion;
    }

    synchronized int lastStoryPerson() {
        return lastStoryPerson;
    }

    synchronized void storyPhase(String text) {
        storyPhase = text;
        changed();
    }

    synchronized void report(boolean ready, String text) {
        reportReady = ready;
        reportPhase = text;
        changed();
    }

    synchronized boolean reportReady() {
        return reportReady;
    }

    synchronized void pending(Job job) {
        pending = job;
        changed();
    }

    synchronized Job pending() {
        return pending;
    }

    synchronized void changed() {
        version++;
        notifyAll();
    }

    synchronized long version() {
        return version;
    }

    /** Waits until the version differs from {@code seen}, or the timeout; returns the version then. */
    synchronized long awaitChange(long seen, long timeoutMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (version == seen) {
            long left = until - System.currentTimeMillis();
            if (left <= 0) break;
            wait(left);
        }
        return version;
    }

    /** What the page shows of the run besides its months, band and story. */
    synchronized Map<String, Object> status(int placeInQueue, int running) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run", id);
        s.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        s.put("phase", phase);
        s.put("place", placeInQueue);
        s.put("running", running);
        s.put("months", months.size());
        s.put("deaths", deaths);
        s.put("bandPhase", bandPhase);
        s.put("storyPhase", storyPhase);
        s.put("reportPhase", reportPhase);
        s.put("reportReady", reportReady);
        s.put("command", prepared.command());
        return s;
    }
}
