package odsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The load check of docs/web.md, run by hand (it measures; it asserts nothing about time):
 * starts {@code java -jar target/odsim.jar serve} as its own process, then N browser sessions
 * (default 30) that each load the page and start a class-sized run of a teaching exercise at
 * the same moment, each with its own lever setting, and follow it through its event stream to
 * the end and the baseline's band. Meanwhile it times the page and a status request every half
 * second, and reads the server's resident memory. Prints what it measured; exits 1 if a run
 * did not finish.
 *
 * <pre>
 * mvn -B -ntp -q package -DskipTests && mvn -B -ntp -q test-compile
 * java -cp target/test-classes:target/odsim.jar odsim.web.WebLoadCheck [SESSIONS] [-- SERVE OPTIONS...]
 * </pre>
 */
public final class WebLoadCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 && !args[0].equals("--") ? Integer.parseInt(args[0]) : 30;
        List<String> serveOptions = new ArrayList<>();
        for (int k = 0; k < args.length; k++) if (args[k].equals("--")) serveOptions.addAll(List.of(args).subList(k + 1, args.length));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java", "-jar", "target/odsim.jar", "serve", "--port", Integer.toString(port)));
        command.addAll(serveOptions);
        Path log = Files.createTempFile("odsim-serve", ".log");
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://127.0.0.1:" + port + "/";
        try {
            awaitUp(base, server, log);
            System.out.println("server: " + String.join(" ", command) + " (pid " + server.pid() + ")");
            System.out.println("started with " + (rssKb(server.pid(), "VmRSS") >> 10) + " MB resident");
            run(sessions, base, server.pid());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void run(int sessions, String base, long pid) throws Exception {
        List<Long> pageMillis = Collections.synchronizedList(new ArrayList<>()), statusMillis = Collections.synchronizedList(new ArrayList<>());
        long[] peakWaiting = {0};
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sessions + 1);
        long started = System.nanoTime();
        List<Future<double[]>> runs = new ArrayList<>();
        for (int k = 0; k < sessions; k++) {
            int session = k;
            runs.add(pool.submit(() -> {
                HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                get(c, base);
                get(c, base + "api/setup");
                go.await();
                long t0 = System.nanoTime();
                String lever = String.valueOf((session % 5) / 4.0);
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "api/runs")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"teaching/fentanyl-arrives\",\"levers\":{\"policies.naloxone.level\":\""
                                + lever + "\"}}")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException("run refused: " + r.body());
                String id = JSON.readTree(r.body()).get("run").asText();
                double firstPlace = follow(c, base, id);
                return new double[] {(System.nanoTime() - t0) / 1e9, firstPlace};
            }));
        }
        boolean[] done = {false};
        long[] peakRss = {0};
        Thread prober = new Thread(() -> {
            HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            while (!done[0]) {
                try {
                    long t = System.nanoTime();
                    get(c, base);
                    pageMillis.add((System.nanoTime() - t) / 1_000_000);
                    t = System.nanoTime();
                    JsonNode s = JSON.readTree(get(c, base + "api/status"));
                    statusMillis.add((System.nanoTime() - t) / 1_000_000);
                    peakWaiting[0] = Math.max(peakWaiting[0], s.get("waiting").asLong());
                    peakRss[0] = Math.max(peakRss[0], rssKb(pid, "VmRSS"));
                    Thread.sleep(500);
                } catch (Exception e) {
                    return;
                }
            }
        });
        prober.start();
        go.countDown();
        List<Double> seconds = new ArrayList<>();
        int finished = 0;
        double worstPlace = 0;
        for (Future<double[]> f : runs) {
            try {
                double[] r = f.get(20, TimeUnit.MINUTES);
                seconds.add(r[0]);
                worstPlace = Math.max(worstPlace, r[1]);
                finished++;
            } catch (Exception e) {
                System.out.println("a session failed: " + e);
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        done[0] = true;
        prober.join();
        pool.shutdownNow();
        Collections.sort(seconds);
        System.out.printf("sessions: %d started together, %d finished (run done and the baseline's band received) in %.1f s%n", sessions, finished, wall);
        if (!seconds.isEmpty()) {
            System.out.printf("per session, from Run to the end: fastest %.1f s, median %.1f s, slowest %.1f s; the last to start was %.0fth in the queue%n",
                    seconds.get(0), seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), worstPlace);
        }
        System.out.printf("while they ran, the page (GET /): %s; a status request: %s; most waiting at once: %d%n", describe(pageMillis),
                describe(statusMillis), peakWaiting[0]);
        System.out.printf("server memory: peak resident %d MB (sampled every 0.5 s), high-water mark %d MB (VmHWM)%n", peakRss[0] >> 10,
                rssKb(pid, "VmHWM") >> 10);
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        System.out.println("runs held by the server afterwards: " + JSON.readTree(get(c, base + "api/status")).get("runs").asInt());
        if (finished != sessions) System.exit(1);
    }

    /** Reads the run's events until it is done and its band has come; returns its first place in the queue (0 if it never waited). */
    private static double follow(HttpClient c, String base, String id) throws Exception {
        HttpResponse<java.io.InputStream> r = c.send(HttpRequest.newBuilder(URI.create(base + "api/runs/" + id + "/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        int firstPlace = -1;
        boolean band = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String event = "";
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event: ")) event = line.substring(7);
                if (!line.startsWith("data: ")) continue;
                if (event.equals("band")) band = true;
                if (event.equals("status")) {
                    JsonNode s = JSON.readTree(line.substring(6));
                    if (firstPlace < 0) firstPlace = s.get("place").asInt();
                    String state = s.get("state").asText();
                    if (state.equals("failed") || state.equals("stopped")) throw new IllegalStateException(state + ": " + s.get("phase").asText());
                    if (state.equals("done") && band) return Math.max(0, firstPlace);
                }
            }
        }
        throw new IllegalStateException("the event stream ended early");
    }

    private static String get(HttpClient c, String url) throws Exception {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode());
        return r.body();
    }

    private static String describe(List<Long> millis) {
        List<Long> m = new ArrayList<>(millis);
        if (m.isEmpty()) return "no samples";
        Collections.sort(m);
        return String.format("%d samples, median %d ms, 95th percentile %d ms, slowest %d ms", m.size(), m.get(m.size() / 2),
                m.get((int) Math.min(m.size() - 1, Math.round(0.95 * (m.size() - 1)))), m.get(m.size() - 1));
    }

    private static long rssKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (Exception e) {
            // not Linux, or the process is gone
        }
        return 0;
    }

    private static void awaitUp(String base, Process server, Path log) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        for (int k = 0; k < 300; k++) {
            if (!server.isAlive()) throw new IllegalStateException("odsim serve stopped: " + Files.readString(log));
            try {
                get(c, base + "api/status");
                return;
            } catch (Exception e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("odsim serve did not answer in 30 s: " + Files.readString(log));
    }
}
