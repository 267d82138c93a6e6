package odsim.web;

/**
 * Work a browser asked for (a run, a person's story, a report), done on one of the queue's
 * threads. Stopping is cooperative: the work checks {@link #stopped()} every simulated day.
 */
abstract class Job {
    final LiveRun run;
    private volatile boolean stopped;

    Job(LiveRun run) {
        this.run = run;
    }

    /** What the work is, for the page's "waiting" line, e.g. "your run". */
    abstract String what();

    /** Does the work; called once, on a queue thread. */
    abstract void execute() throws Exception;

    /** Called instead of {@link #execute} when the job was stopped while it waited. */
    void dropped() {
    }

    /** Called when {@link #execute} threw: by default the run failed, with the reason in one line. */
    void failed(Throwable e) {
        run.state(LiveRun.State.FAILED, "failed: " + reason(e));
    }

    /** A failure in words: a scenario problem's own message, otherwise what went wrong. */
    static String reason(Throwable e) {
        if (e instanceof odsim.scenario.ScenarioException se) return String.join("; ", se.problems());
        if (e instanceof OutOfMemoryError) return "out of memory: restart odsim serve with more memory (java -Xmx4g -jar ...) or a lower --max-agents";
        return e.toString();
    }

    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }

    /** Thrown from inside a run's day loop when its job was stopped. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
