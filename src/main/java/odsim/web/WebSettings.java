package odsim.web;

/**
 * What the teacher or host fixes when starting {@code odsim serve}: where it listens, the largest
 * run a browser may ask for, how many runs go at once and how many may wait, and the token a
 * browser needs (null on localhost, where no other machine can reach the server).
 *
 * @param maxAgents   the most agents a browser's run may simulate
 * @param maxYears    the longest run a browser may ask for, warm-up included, in years
 * @param maxRunning  runs in flight at once (each on one thread)
 * @param maxWaiting  runs that may wait in the queue; more are turned away with a message
 * @param runsKept    finished runs kept in memory and on disk, over all sessions; older ones are evicted
 * @param bandReplications replications of the chosen scenario behind the baseline's band, and of each scenario in the report
 */
public record WebSettings(String host, int port, int maxAgents, double maxYears, int maxRunning, int maxWaiting, int runsKept,
                          String token, int bandReplications) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_AGENTS = 20_000;
    public static final double DEFAULT_MAX_YEARS = 20;
    public static final int DEFAULT_MAX_WAITING = 100;
    public static final int DEFAULT_RUNS_KEPT = 200;
    public static final int DEFAULT_BAND_REPLICATIONS = 5;

    /** Whether the server listens only on this machine's loopback interface. */
    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
