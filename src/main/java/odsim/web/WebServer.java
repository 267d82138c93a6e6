package odsim.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code odsim serve}'s server: Jetty on one port, serving {@link WebApp}, with the run queue's
 * threads beside it and a temporary work folder for the runs' files (removed on stop).
 */
public final class WebServer implements AutoCloseable {
    private final Server jetty;
    private final ServerConnector connector;
    private final RunQueue queue;
    private final Path work;
    private final WebSettings settings;

    private WebServer(Server jetty, ServerConnector connector, RunQueue queue, Path work, WebSettings settings) {
        this.jetty = jetty;
        this.connector = connector;
        this.queue = queue;
        this.work = work;
        this.settings = settings;
    }

    /**
     * Starts serving; port 0 takes any free port ({@link #port()} says which).
     *
     * @throws IOException if the port cannot be had (in use, not allowed) or the work folder made
     */
    public static WebServer start(WebSettings settings, ScenarioCatalog catalog) throws IOException {
        Path work = Files.createTempDirectory("odsim-serve");
        RunQueue queue = new RunQueue(settings.maxRunning(), settings.maxWaiting());
        // Each open page holds a thread for its event stream: room for a class and more.
        QueuedThreadPool threads = new QueuedThreadPool(400, 8);
        threads.setName("odsim-web");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        // Longer than the event stream's keep-alive (WebApp.KEEP_ALIVE_MILLIS).
        connector.setIdleTimeout(60_000);
        jetty.addConnector(connector);
        RunBook book = new RunBook(work, settings.runsKept());
        queue.afterEach(book::evict);
        jetty.setHandler(new WebApp(settings, catalog, queue, book, new Bands(settings.bandReplications())));
        jetty.setStopTimeout(2_000);
        try {
            jetty.start();
        } catch (Exception e) {
            queue.close();
            RunBook.delete(work);
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // already failing; the start's failure is the one to report
            }
            Throwable cause = e instanceof IOException ? e : e.getCause() != null ? e.getCause() : e;
            throw new IOException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + cause.getMessage(), e);
        }
        return new WebServer(jetty, connector, queue, work, settings);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The address to open: with the token when the server needs one. */
    public String address(String hostShown) {
        String h = hostShown.contains(":") ? "[" + hostShown + "]" : hostShown;
        return "http://" + h + ":" + port() + "/" + (settings.token() == null ? "" : "?token=" + settings.token());
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping: nothing more to do
        }
        queue.close();
        RunBook.delete(work);
    }
}
