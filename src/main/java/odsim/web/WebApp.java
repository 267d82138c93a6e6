package odsim.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import odsim.gui.PersonStories;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The browser app's requests: the page and its two assets, the setup and scenario JSON, runs
 * (start, event stream, CSV, story, report). Every request is checked first: the Host (on
 * localhost, against DNS rebinding), the token (on a network), and for a POST its origin and
 * JSON type. A session cookie ties runs to the browser that started them. No path from a
 * request reaches the disk: runs are found by random id in memory, and files by fixed names.
 */
final class WebApp extends Handler.Abstract {
    static final String SESSION = "odsim_session";
    static final String TOKEN = "odsim_token";
    static final long KEEP_ALIVE_MILLIS = 15_000;
    private static final int MAX_BODY = 64 * 1024;
    private static final Pattern RUN = Pattern.compile("/api/runs/([A-Za-z0-9_-]{22})/(events|series\\.csv|scenario\\.yaml|story|report|report\\.html)");
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final WebSettings settings;
    private final ScenarioCatalog catalog;
    private final RunQueue queue;
    private final RunBook book;
    private final Bands bands;
    private final RunForm form;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, byte[]> assets = new LinkedHashMap<>();
    private final byte[] setup;

    WebApp(WebSettings settings, ScenarioCatalog catalog, RunQueue queue, RunBook book, Bands bands) throws IOException {
        this.settings = settings;
        this.catalog = catalog;
        this.queue = queue;
        this.book = book;
        this.bands = bands;
        this.form = new RunForm(catalog, settings);
        for (String name : List.of("index.html", "app.js", "app.css")) assets.put(name, resource(name));
        this.setup = json.writeValueAsBytes(PageData.setup(catalog, settings));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("the page's " + name + " is not in the jar");
            return in.readAllBytes();
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var h = response.getHeaders();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (!hostAllowed(request)) return text(response, callback, 403, "odsim serve: this server answers to localhost only");
        String given = Request.extractQueryParameters(request).getValue("token");
        if (settings.token() != null && !same(given, settings.token()) && !same(cookie(request, TOKEN), settings.token())) {
            return text(response, callback, 403, "odsim serve: open the join address printed where 'odsim serve' was started (it holds the token)");
        }
        if (settings.token() != null && same(given, settings.token())) {
            Response.addCookie(response, cookieOf(TOKEN, settings.token()));
        }
        String session = cookie(request, SESSION);
        if (session == null || !SESSION_ID.matcher(session).matches()) {
            session = RunBook.newId();
            Response.addCookie(response, cookieOf(SESSION, session));
        }
        if (method.equals("POST") && !postAllowed(request)) {
            return text(response, callback, 403, "odsim serve: a POST must come from this page (same origin, JSON)");
        }
        switch (method + " " + path) {
            case "GET /", "GET /index.html" -> {
                return bytes(response, callback, 200, "text/html; charset=utf-8", assets.get("index.html"));
            }
            case "GET /app.js" -> {
                return bytes(response, callback, 200, "text/javascript; charset=utf-8", assets.get("app.js"));
            }
            case "GET /app.css" -> {
                return bytes(response, callback, 200, "text/css; charset=utf-8", assets.get("app.css"));
            }
            case "GET /api/setup" -> {
                return bytes(response, callback, 200, "application/json", setup);
            }
            case "GET /api/scenario" -> {
                ScenarioCatalog.Entry e = catalog.get(Request.extractQueryParameters(request).getValue("id"));
                if (e == null) return text(response, callback, 404, "no such scenario");
                return json(response, callback, 200, PageData.scenario(e, settings));
            }
            case "GET /api/status" -> {
                return json(response, callback, 200, Map.of("running", queue.running(), "waiting", queue.waitingCount(), "runs", book.size()));
            }
            case "POST /api/runs" -> {
                return startRun(request, response, callback, session);
            }
            default -> {
                Matcher m = RUN.matcher(path);
                LiveRun run = m.matches() ? book.get(session, m.group(1)) : null;
                if (run == null) return text(response, callback, 404, "not found");
                return runRequest(method + " " + m.group(2), run, request, response, callback);
            }
        }
    }

    private boolean startRun(Request request, Response response, Callback callback, String session) throws IOException {
        RunInput in;
        try {
            in = json.readValue(body(request), RunInput.class);
        } catch (IOException | RuntimeException e) {
            return json(response, callback, 400, Map.of("errors", Map.of("form", "the request is not a run the page would send")));
        }
        try {
            PreparedRun prepared = form.prepare(in);
            LiveRun[] added = book.add(session, prepared);
            LiveRun run = added[0], before = added[1];
            // A new run replaces the browser's run before it if that has not finished (a story or report of it goes on).
            if (before != null && before.pending() instanceof RunJob old) {
                old.stop();
                queue.remove(old);
            }
            try {
                queue.submit(new RunJob(run, bands), "form");
            } catch (FormErrors busy) {
                run.state(LiveRun.State.STOPPED, "not started: " + busy.getMessage());
                return json(response, callback, 503, Map.of("errors", busy.byControl()));
            }
            return json(response, callback, 200, Map.of("run", run.id, "command", prepared.command()));
        } catch (FormErrors e) {
            return json(response, callback, 400, Map.of("errors", e.byControl()));
        }
    }

    private boolean runRequest(String what, LiveRun run, Request request, Response response, Callback callback) throws IOException {
        switch (what) {
            case "GET events" -> {
                new EventStream(run, queue, json).send(request, response, callback);
                return true;
            }
            case "GET series.csv" -> {
                return file(response, callback, run, run.dir.resolve("series.csv"), "text/csv; charset=utf-8", "series.csv");
            }
            case "GET scenario.yaml" -> {
                return file(response, callback, run, run.dir.resolve("scenario.yaml"), "text/yaml; charset=utf-8", "scenario.yaml");
            }
            case "GET report.html" -> {
                if (!run.reportReady()) return text(response, callback, 404, "the report is not ready");
                return file(response, callback, run, ReportJob.folder(run).resolve("report.html"), "text/html; charset=utf-8", "report.html");
            }
            case "POST story" -> {
                Map<?, ?> body = json.readValue(body(request), Map.class);
                PersonStories.Wanted wanted = "released".equals(body.get("wanted")) ? PersonStories.Wanted.RELEASED_FROM_JAIL
                        : PersonStories.Wanted.DIED_OF_OVERDOSE;
                return later(run, new StoryJob(run, wanted), "story", response, callback);
            }
            case "POST report" -> {
                return later(run, new ReportJob(run, settings.bandReplications()), "report", response, callback);
            }
            default -> {
                return text(response, callback, 405, "not allowed");
            }
        }
    }

    /** Queues a story or a report of a finished run, one at a time per run. */
    private boolean later(LiveRun run, Job job, String control, Response response, Callback callback) throws IOException {
        if (run.state() != LiveRun.State.DONE) return json(response, callback, 409, Map.of("errors", Map.of(control, "wait until the run is done")));
        if (run.pending() != null) return json(response, callback, 409, Map.of("errors", Map.of(control, "wait: " + run.pending().what() + " is on its way")));
        try {
            queue.submit(job, control);
        } catch (FormErrors e) {
            return json(response, callback, 503, Map.of("errors", e.byControl()));
        }
        return json(response, callback, 202, Map.of("queued", control));
    }

    private boolean file(Response response, Callback callback, LiveRun run, Path file, String type, String name) throws IOException {
        if (!Files.isRegularFile(file)) return text(response, callback, 404, run.finished() ? "not written" : "not ready: the run is not done");
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        return bytes(response, callback, 200, type, Files.readAllBytes(file));
    }

    /** On localhost, only requests that name localhost: a web page elsewhere cannot reach the server by renaming it (DNS rebinding). */
    private boolean hostAllowed(Request request) {
        if (!settings.loopbackOnly()) return true;
        String host = request.getHttpURI().getHost();
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"));
    }

    /** A POST from this page: JSON (which another site's form cannot send without asking first) and, if named, this origin. */
    private static boolean postAllowed(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) return false;
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) return true;
        var uri = request.getHttpURI();
        String self = uri.getScheme() + "://" + uri.getAuthority();
        return origin.equalsIgnoreCase(self);
    }

    private static String body(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length > MAX_BODY) throw new IOException("body too large");
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    private static String cookie(Request request, String name) {
        List<HttpCookie> cookies = Request.getCookies(request);
        if (cookies == null) return null;
        for (HttpCookie c : cookies) if (c.getName().equals(name)) return c.getValue();
        return null;
    }

    private static HttpCookie cookieOf(String name, String value) {
        return HttpCookie.build(name, value).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.STRICT).build();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private boolean json(Response response, Callback callback, int status, Object value) throws IOException {
        return bytes(response, callback, status, "application/json", json.writeValueAsBytes(value));
    }

    private static boolean text(Response response, Callback callback, int status, String text) {
        return bytes(response, callback, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean bytes(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The server-sent events of one run to one page: its status, each new month, the band, the story. */
    static final class EventStream {
        private final LiveRun run;
        private final RunQueue queue;
        private final ObjectMapper json;

        EventStream(LiveRun run, RunQueue queue, ObjectMapper json) {
            this.run = run;
            this.queue = queue;
            this.json = json;
        }

        void send(Request request, Response response, Callback callback) {
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
                int monthsSent = 0, storySent = 0;
                boolean bandSent = false;
                long seen = -1;
                while (true) {
                    long now = run.version();
                    if (now == seen) {
                        out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                    } else {
                        seen = now;
                        List<MonthPoint> months = run.monthsFrom(monthsSent);
                        if (!months.isEmpty()) {
                            event(out, "months", Map.of("from", monthsSent, "months", months));
                            monthsSent += months.size();
                        }
                        Band band = run.band();
                        if (band != null && !bandSent) {
                            event(out, "band", band);
                            bandSent = true;
                        }
                        int storyVersion = run.storyVersion();
                        if (storyVersion != storySent) {
                            event(out, "story", storyJson(run.story()));
                            storySent = storyVersion;
                        }
                        Job pending = run.pending();
                        Map<String, Object> status = run.status(pending == null ? 0 : queue.place(pending), queue.running());
                        status.put("pendingWhat", pending == null ? "" : pending.what());
                        event(out, "status", status);
                    }
                    out.flush();
                    run.awaitChange(seen, KEEP_ALIVE_MILLIS);
                }
            } catch (IOException | InterruptedException e) {
                // the page went away (or the server stops): nothing left to send
            }
            callback.succeeded();
        }

        /** A story with its dates as text (the page reads ISO dates). */
        private static Map<String, Object> storyJson(PersonStories.Told told) {
            if (told == null) return Map.of();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("person", told.person());
            s.put("ending", told.ending());
            s.put("events", told.events().stream().map(e -> Map.of("date", e.date().toString(), "kind", e.kind(), "text", e.text())).toList());
            s.put("states", told.states().stream().map(t -> Map.of("from", t.from().toString(), "to", t.to().toString(), "state", t.state())).toList());
            return s;
        }

        private void event(OutputStream out, String name, Object data) throws IOException {
            out.write(("event: " + name + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            out.write(json.writeValueAsBytes(data));
            out.write("\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
