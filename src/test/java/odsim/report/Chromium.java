package odsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, run on a local file with the flags TRAPS.md lists, every host name
 * mapped to nowhere, and a network log. Missing Chromium skips a test locally but fails it when
 * the environment variable {@code CI} is set, so CI cannot skip silently.
 */
final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {}

    static void require() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && System.getenv("CI") != null) fail(BINARY + " is missing and CI is set: install chromium (see .ci/run)");
        Assumptions.assumeTrue(present, BINARY + " is missing: browser test skipped (set CI to make this a failure)");
    }

    /** Loads {@code page} and returns the DOM after loading (--dump-dom); the network log goes to {@code netLog}. */
    static String dumpDom(Path page, Path netLog, Path work) throws IOException, InterruptedException {
        return run(work, "--log-net-log=" + netLog, "--dump-dom", page.toUri().toString());
    }

    /** Renders {@code page} into a PNG of the given size. */
    static void screenshot(Path page, Path png, int width, int height, Path work) throws IOException, InterruptedException {
        run(work, "--window-size=" + width + "," + height, "--screenshot=" + png, page.toUri().toString());
        assertTrue(Files.size(png) > 0, "no screenshot written");
    }

    /** Prints {@code page} to a PDF as Chromium's print dialog would (the page's print stylesheet, A4 or Letter, no header and footer). */
    static void printToPdf(Path page, Path pdf, Path work) throws IOException, InterruptedException {
        run(work, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        assertTrue(Files.size(pdf) > 0, "no PDF written");
    }

    /**
     * The URLs of the requests the page itself made (not Chromium's own background requests,
     * which it makes whatever the page): those whose network isolation key is the page's file:// site.
     */
    static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        assertTrue(startJob >= 0, "network log without URL_REQUEST_START_JOB events");
        List<String> urls = new ArrayList<>();
        for (JsonNode e : log.path("events")) {
            if (e.path("type").asInt() != startJob) continue;
            JsonNode p = e.path("params");
            String url = p.path("url").asText();
            if (p.path("network_isolation_key").asText().startsWith("file://") && !url.startsWith("file:")) urls.add(url);
        }
        return urls;
    }

    private static String run(Path work, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + command);
        }
        assertTrue(p.exitValue() == 0, "chromium exited with " + p.exitValue() + ": " + command);
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
