package odsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import odsim.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser app in a real browser (headless Chromium through chromedriver), against a server
 * in this JVM with small runs: the page loads with no request leaving the machine; a lever moved
 * and a run started draws curves equal to {@code odsim run}'s series.csv; two browsers at once
 * see their own runs only; a bad value shows its message beside its control; the report
 * downloads. Writes target/web-page.png (and docs/web-page.png with -Dodsim.screenshots=true).
 */
class WebAppInBrowserTest {
    private static final int AGENTS = 2000;
    private static final String END = "2017-12-31";
    @TempDir
    static Path work;
    private static WebServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Browser.require();
        WebSettings settings = new WebSettings("127.0.0.1", 0, 2000, 20, 2, 20, 50, null, 2);
        server = WebServer.start(settings, ScenarioCatalog.load(null));
        base = "http://127.0.0.1:" + server.port() + "/";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static Browser page() throws Exception {
        Browser b = Browser.open(work);
        b.driver.get(base);
        b.waiting(30).until(d -> "true".equals(b.script("return document.body.dataset.ready || ''")));
        return b;
    }

    /** Sets the size and horizon small, a lever to {@code value} (by its text box), and presses Run. */
    private static void run(Browser b, String scenario, String agents, String leverPath, String value) {
        new Select(b.driver.findElement(By.id("scenario"))).selectByValue(scenario);
        // Choosing a scenario refills the fields once its settings arrive: type after that.
        b.waiting(10).until(d -> scenario.equals(b.script("return document.body.dataset.scenario || ''")));
        type(b, "agents", agents);
        type(b, "end", END);
        WebElement box = b.driver.findElement(By.cssSelector(".lever[data-path='" + leverPath + "']"));
        WebElement input = box.findElement(By.cssSelector("input[type=text]"));
        input.clear();
        input.sendKeys(value);
        b.driver.findElement(By.id("run")).click();
    }

    private static void type(Browser b, String id, String text) {
        WebElement e = b.driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static void awaitDone(Browser b) {
        try {
            awaitDone(b, 60);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the run did not finish with its band: status '" + b.driver.findElement(By.id("status")).getText()
                    + "', headline '" + b.driver.findElement(By.id("headline")).getText() + "', errors: "
                    + b.script("return [...document.querySelectorAll('.error')].map(e => e.id + ': ' + e.textContent).filter(t => !t.endsWith(': ')).join('; ')"), e);
        }
    }

    private static void awaitDone(Browser b, int seconds) {
        b.waiting(seconds).until(d -> {
            Object state = b.script("return document.getElementById('status').dataset.state || ''");
            if ("failed".equals(state)) throw new AssertionError("run failed: " + b.driver.findElement(By.id("status")).getText());
            return "done".equals(state) && b.driver.findElements(By.id("deaths-baseline")).size() == 1;
        });
    }

    /** The deaths per month the page drew, as the numbers table beside the chart holds them (the values drawn, unrounded). */
    private static double[] drawnDeaths(Browser b) {
        List<WebElement> cells = b.driver.findElements(By.cssSelector("#numbers td.yours"));
        double[] v = new double[cells.size()];
        for (int k = 0; k < v.length; k++) v[k] = Double.parseDouble(cells.get(k).getAttribute("data-value"));
        return v;
    }

    /** Runs the command line the page shows under the run into {@code out}; returns its series.csv. */
    private static String commandLine(String shown, Path out) throws Exception {
        List<String> args = words(shown);
        assertEquals(List.of("java", "-jar", "target/odsim.jar"), args.subList(0, 3), shown);
        List<String> run = new ArrayList<>(args.subList(3, args.size()));
        run.addAll(List.of("--out", out.toString(), "--quiet"));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), run.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        return Files.readString(out.resolve("series.csv"), StandardCharsets.UTF_8);
    }

    /** Words of a POSIX command line with single quotes, as the page writes them. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false, any = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) out.add(w.toString());
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) out.add(w.toString());
        return out;
    }

    static double[] csvDeaths(String csv) {
        return csv.lines().filter(l -> l.split(",")[3].equals("overdose_deaths")).mapToDouble(l -> Double.parseDouble(l.split(",")[4])).toArray();
    }

    @Test
    void thePageLoadsWithNothingFromOutsideThisMachine() throws Exception {
        try (Browser b = page()) {
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) b.script("return performance.getEntries().map(e => e.name).filter(n => n.startsWith('http') || n.includes('//'))");
            // The page, its script and style sheet, the setup and the first scenario: a check on no requests passes on nothing.
            assertTrue(urls.size() >= 5, "requests seen: " + urls);
            for (String u : urls) assertTrue(u.startsWith(base), "a request left the server: " + u + " (all: " + urls + ")");
            assertEquals(0L, b.script("return document.querySelectorAll('link[href^=http], script[src^=http], img[src^=http]').length"));
            assertEquals((long) odsim.gui.Lever.ALL.length, (long) b.driver.findElements(By.cssSelector(".lever")).size());
            assertFalse(b.driver.findElement(By.cssSelector(".lever .words")).getText().isBlank(), "a lever without its plain words");
        }
    }

    @Test
    void aLeverMovedAndARunStartedDrawsTheCommandLinesNumbers() throws Exception {
        try (Browser b = page()) {
            run(b, "teaching/fentanyl-arrives", String.valueOf(AGENTS), "supply.fentanylShare", "0.9");
            awaitDone(b);
            String command = b.driver.findElement(By.id("command")).getText();
            assertTrue(command.contains("--set supply.fentanylShare=0.9"), command);
            double[] drawn = drawnDeaths(b);
            String csv = commandLine(command, work.resolve("cli-run"));
            double[] expected = csvDeaths(csv);
            assertEquals(48, expected.length, "months from 2014-01 to 2017-12");
            assertTrue(java.util.Arrays.stream(expected).sum() > 0, "no overdose deaths: an equality of zeros says nothing");
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(drawn));
            assertEquals("48", b.driver.findElement(By.id("deaths-yours")).getAttribute("data-points"));
            // The CSV the page offers is the command line's, byte for byte.
            String href = b.driver.findElement(By.id("download-csv")).getAttribute("href");
            List<Object> got = b.fetch(href);
            assertEquals(200L, got.get(0));
            assertEquals(csv, got.get(1));
            // The lever moved the run: the same run without it has other deaths.
            String without = command.replace(" --set supply.fentanylShare=0.9", "");
            assertNotEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(csvDeaths(commandLine(without, work.resolve("cli-run-without")))));
        }
    }

    @Test
    void twoBrowsersAtOnceSeeTheirOwnRunsOnly() throws Exception {
        try (Browser a = page(); Browser b = page()) {
            run(a, "teaching/fentanyl-arrives", "800", "policies.opc.level", "1");
            run(b, "levers/opc", "900", "policies.naloxone.level", "0.3");
            awaitDone(a);
            awaitDone(b);
            String commandA = a.driver.findElement(By.id("command")).getText(), commandB = b.driver.findElement(By.id("command")).getText();
            assertTrue(commandA.contains("fentanyl-arrives") && commandA.contains("--agents 800") && commandA.contains("policies.opc.level=1"), commandA);
            assertTrue(commandB.contains("levers/opc") && commandB.contains("--agents 900") && commandB.contains("policies.naloxone.level=0.3"), commandB);
            String hrefA = a.driver.findElement(By.id("download-csv")).getAttribute("href");
            assertEquals(200L, a.fetch(hrefA).get(0));
            // B asks for A's run by its address: not found, as if it did not exist.
            assertEquals(404L, b.fetch(hrefA).get(0));
            assertEquals(404L, b.fetch(hrefA.replace("series.csv", "events")).get(0));
            assertNotEquals(java.util.Arrays.toString(drawnDeaths(a)), java.util.Arrays.toString(drawnDeaths(b)));
        }
    }

    @Test
    void aBadValueShowsTheCommandLinesMessageBesideItsControl() throws Exception {
        try (Browser b = page()) {
            run(b, "teaching/fentanyl-arrives", String.valueOf(AGENTS), "policies.naloxone.level", "5");
            WebElement box = b.driver.findElement(By.cssSelector(".lever[data-path='policies.naloxone.level']"));
            WebElement error = box.findElement(By.cssSelector(".error"));
            b.waiting(10).until(ExpectedConditions.textToBePresentInElement(error, "allowed"));
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", "scenarios/teaching/fentanyl-arrives.yaml",
                    "--set", "policies.naloxone.level=5", "--out", work.resolve("bad").toString());
            assertEquals(2, code);
            assertEquals(err.toString().strip(), "odsim: error: " + error.getText(), "the page's message is the command line's");
            // A bad number of agents goes beside the agents box; the lever's message is still there.
            type(b, "agents", "0");
            b.driver.findElement(By.id("run")).click();
            b.waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-agents"), "--agents: found 0; allowed 1 to 2000"));
            assertEquals("Pick a scenario, move a lever, press Run.", b.driver.findElement(By.id("status")).getText(), "no run started");
        }
    }

    @Test
    void theReportAndAStoryComeFromTheRun() throws Exception {
        try (Browser b = page()) {
            run(b, "teaching/fentanyl-arrives", String.valueOf(AGENTS), "supply.fentanylShare", "0.05");
            awaitDone(b);
            b.driver.findElement(By.id("story-died")).click();
            b.waiting(120).until(d -> !b.driver.findElements(By.cssSelector("#story-events li")).isEmpty());
            assertTrue(b.driver.findElement(By.id("story-title")).getText().startsWith("Person "));
            assertTrue(b.driver.findElements(By.cssSelector("#story-events li[data-kind=death]")).size() >= 1, "the story of someone who died tells the death");
            b.waiting(30).until(ExpectedConditions.elementToBeClickable(By.id("make-report")));
            b.driver.findElement(By.id("make-report")).click();
            WebElement link = b.waiting(180).until(ExpectedConditions.visibilityOfElementLocated(By.id("download-report")));
            // Deaths per year: the band comes from each replication's years (2014 to 2017 here).
            new Select(b.driver.findElement(By.id("per"))).selectByValue("year");
            b.waiting(10).until(d -> "4".equals(b.driver.findElement(By.id("deaths-baseline")).getAttribute("data-points")));
            assertEquals("4", b.driver.findElement(By.id("deaths-yours")).getAttribute("data-points"));
            screenshot(b);
            link.click();
            Path report = b.downloads.resolve("report.html");
            b.waiting(30).until(d -> Files.exists(report) && report.toFile().length() > 0);
            String html = Files.readString(report, StandardCharsets.UTF_8);
            assertTrue(html.contains("fentanyl-arrives with your levers"), "the report compares the run with the scenario as shipped");
            assertTrue(html.contains("id=\"headline\""), "the report has its headline table");
        }
    }

    /** The page as a class sees it after a run, a story and a report: target/web-page.png, and docs/ when asked for. */
    private static void screenshot(Browser b) throws Exception {
        b.script("window.scrollTo(0, 0)");
        byte[] png = b.driver.getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target", "web-page.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if (Boolean.getBoolean("odsim.screenshots")) Files.copy(target, Path.of("docs", "web-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
