package odsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The server's gates, over plain HTTP: token, host, origin, sessions, the queue's place, eviction. */
class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WebServer start(String token, int runsKept, int maxRunning) throws Exception {
        return WebServer.start(new WebSettings("127.0.0.1", 0, 20_000, 20, maxRunning, 10, runsKept, token, 1), ScenarioCatalog.load(null));
    }

    /** A browser: its own cookies. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static HttpResponse<String> get(HttpClient c, String url) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient c, String url, String body, String type, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) b.header("Content-Type", type);
        if (origin != null) b.header("Origin", origin);
        return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String startRun(HttpClient c, String base, String agents) throws Exception {
        return startRun(c, base, agents, "2014-06-30");
    }

    private static String startRun(HttpClient c, String base, String agents, String end) throws Exception {
        HttpResponse<String> r = post(c, base + "api/runs", "{\"scenario\":\"teaching/fentanyl-arrives\",\"agents\":\"" + agents
                + "\",\"end\":\"" + end + "\",\"levers\":{}}", "application/json", null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("run").asText();
    }

    /** Waits (at most a minute) for the run's state through its event stream, as a page does. */
    private static JsonNode awaitState(HttpClient c, String base, String run, String state) throws Exception {
        HttpResponse<java.io.InputStream> r = c.send(HttpRequest.newBuilder(URI.create(base + "api/runs/" + run + "/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        String[] last = {"none"};
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            return reader.submit(() -> {
                String event = "";
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event: ")) event = line.substring(7);
                    if (line.startsWith("data: ") && event.equals("status")) {
                        JsonNode s = JSON.readTree(line.substring(6));
                        last[0] = s.toString();
                        if (s.get("state").asText().equals(state)) return s;
                    }
                }
                throw new AssertionError("the stream ended before state " + state);
            }).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no state " + state + " in 60 s; last status: " + last[0]);
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void onANetworkEveryRequestNeedsTheToken() throws Exception {
        try (WebServer server = start("k7pq2mxa", 10, 1)) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            HttpClient c = browser();
            assertEquals(403, get(c, base).statusCode());
            assertEquals(403, get(c, base + "api/setup").statusCode());
            assertEquals(403, get(c, base + "?token=wrong").statusCode());
            assertEquals(base + "?token=k7pq2mxa", server.address("127.0.0.1"));
            assertEquals(200, get(c, base + "?token=k7pq2mxa").statusCode());
            // The page's own requests carry the token in its cookie.
            assertEquals(200, get(c, base + "api/setup").statusCode());
            assertEquals(403, get(browser(), base + "api/setup").statusCode());
        }
    }

    @Test
    void onLocalhostOnlyRequestsNamingLocalhostAndPostsFromThePageAreAnswered() throws Exception {
        try (WebServer server = start(null, 10, 1)) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            assertEquals(200, get(browser(), base).statusCode());
            assertEquals(200, get(browser(), "http://localhost:" + server.port() + "/").statusCode());
            // A page on another site whose name was pointed at 127.0.0.1 (DNS rebinding) sends its own Host.
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /api/setup HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertTrue(status.contains(" 403 "), status);
            }
            HttpClient c = browser();
            get(c, base);
            String run = "{\"scenario\":\"baseline\",\"agents\":\"10\"}";
            assertEquals(403, post(c, base + "api/runs", run, "text/plain", null).statusCode(), "a form post from anywhere");
            assertEquals(403, post(c, base + "api/runs", run, "application/json", "http://evil.example").statusCode());
            assertEquals(400, post(c, base + "api/runs", "{not json", "application/json", null).statusCode());
            assertEquals(404, get(c, base + "api/runs/AAAAAAAAAAAAAAAAAAAAAA/series.csv").statusCode());
            // Paths that try to climb out: Jetty refuses the ambiguous ones (400), the rest match no route (404).
            for (String climb : new String[] {"api/runs/..%2F..%2Fetc/series.csv", "app.js/../../pom.xml", "..%2Fpom.xml", "scenarios/baseline.yaml"}) {
                int code = get(c, base + climb).statusCode();
                assertTrue(code == 400 || code == 404, climb + ": " + code);
            }
        }
    }

    @Test
    void aSessionSeesItsOwnRunsANewRunStopsTheOneWaitingAndOldRunsAreEvicted() throws Exception {
        try (WebServer server = start(null, 2, 1)) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            HttpClient a = browser(), b = browser();
            get(a, base);
            get(b, base);
            // The first run is a class-sized one (seconds of work), so the second, started at once, finds it unfinished.
            String first = startRun(a, base, "20000", "");
            String second = startRun(a, base, "300");
            JsonNode stopped = awaitState(a, base, first, "stopped");
            assertTrue(stopped.get("phase").asText().contains("you started another run"), stopped.toString());
            awaitState(a, base, second, "done");
            assertEquals(200, get(a, base + "api/runs/" + second + "/series.csv").statusCode());
            assertEquals(404, get(b, base + "api/runs/" + second + "/series.csv").statusCode(), "another browser's run is not found");
            // Two runs are kept: a third and fourth finished run evict the oldest.
            for (int k = 0; k < 3; k++) awaitState(b, base, startRun(b, base, "200"), "done");
            assertEquals(404, get(a, base + "api/runs/" + second + "/series.csv").statusCode(), "evicted");
            JsonNode status = JSON.readTree(get(a, base + "api/status").body());
            assertTrue(status.get("runs").asInt() <= 3, status.toString());
        }
    }
}
