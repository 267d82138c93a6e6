package odsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import odsim.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report opened in a real headless browser: it renders with its table and charts, makes no
 * network request, and a scenario named like a script shows as text, never as a script.
 */
class ReportInBrowserTest {
    private static final String HOSTILE_NAME = "<script>alert(1)</script>";
    @TempDir
    static Path dir;
    private static Path report;

    @BeforeAll
    static void tinyComparison() throws IOException {
        Chromium.require();
        Path baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Files.writeString(dir.resolve("base.yaml"), """
                extends: %s
                name: base
                population: {agents: 3000}
                horizon: {start: 2019-01-01, end: 2020-06-30}
                """.formatted(baseline));
        Files.writeString(dir.resolve("alt.yaml"), """
                extends: base.yaml
                name: "%s"
                description: "Naloxone for all <img src=x onerror=alert(2)> & more"
                policies: {naloxone: {level: 1}}
                """.formatted(HOSTILE_NAME));
        Files.writeString(dir.resolve("comparison.yaml"), """
                baseline: base.yaml
                alternatives: [alt.yaml]
                question: "Does <b>naloxone</b> help?"
                replications: 2
                """);
        Path out = dir.resolve("out");
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), "compare", dir.resolve("comparison.yaml").toString(),
                "-q", "-o", out.toString());
        assertEquals(0, code, e.toString());
        report = out.resolve("report.html");
        assertTrue(o.toString().contains("report: " + report), o.toString());
    }

    @Test
    void rendersWithTablesAndChartsAndTheHostileNameAsText() throws Exception {
        String dom = Chromium.dumpDom(report, dir.resolve("net.json"), dir);
        assertTrue(dom.contains("<table id=\"headline\">"), "headline table missing from the rendered DOM");
        assertTrue(count(dom, "<svg") >= 4, "charts missing: " + count(dom, "<svg") + " svg elements");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the scenario name is not shown as text");
        assertFalse(dom.toLowerCase(Locale.ROOT).contains("<script"), "a script element exists in the rendered page");
        assertFalse(dom.toLowerCase(Locale.ROOT).contains("<img"), "markup from a description became an element");
        assertTrue(dom.contains("Does &lt;b&gt;naloxone&lt;/b&gt; help?"), "the question is not escaped");
    }

    /** Issue 19: what the intervals include and what the numbers are not comes before any number is quoted. */
    @Test
    void saysHowToReadTheNumbersBeforeTheFirstOne() throws Exception {
        String dom = Chromium.dumpDom(report, dir.resolve("net-read.json"), dir);
        int read = dom.indexOf("How to read these numbers"), first = dom.indexOf("In short"), headline = dom.indexOf("<table id=\"headline\">");
        assertTrue(read > 0 && read < first && first < headline, "the reading guide comes first: " + read + ", " + first + ", " + headline);
        String box = dom.substring(read, first);
        assertTrue(box.contains("The intervals hold chance alone.") && box.contains("replication"), box);
        assertTrue(box.contains("What the numbers are not:") && box.contains("forecast"), box);
        // A table of contents follows, each entry a link to its section (for the printed report too).
        int contents = dom.indexOf("<nav class=\"toc\">");
        assertTrue(contents > read && contents < first, "contents after the guide, before the sections");
        assertTrue(dom.contains("<a href=\"#section-1\">In short</a>") && dom.contains("<h2 id=\"section-1\">In short</h2>"), "linked sections");
        // A glossary for the words a reader outside the team may not know, listed in the contents.
        assertTrue(dom.contains(">Glossary</a>") && dom.contains("<dt>QALY</dt>") && dom.contains("<dt>paired replications</dt>"), "glossary");
    }

    @Test
    void makesNoNetworkRequest() throws Exception {
        Chromium.dumpDom(report, dir.resolve("report-net.json"), dir);
        assertEquals(List.of(), Chromium.pageRequests(dir.resolve("report-net.json")));
        // The check can fail: a page that loads an image and a style sheet from the web is caught.
        Path leaky = Files.writeString(dir.resolve("leaky.html"),
                "<html><body><img src=\"http://example.invalid/x.png\"><link rel=\"stylesheet\" href=\"https://fonts.example.invalid/a.css\"></body></html>");
        Chromium.dumpDom(leaky, dir.resolve("leaky-net.json"), dir);
        List<String> caught = Chromium.pageRequests(dir.resolve("leaky-net.json"));
        assertTrue(caught.contains("http://example.invalid/x.png") && caught.contains("https://fonts.example.invalid/a.css"), caught.toString());
    }

    @Test
    void htmlHasNoScriptsAndNoExternalUrls() throws IOException {
        String html = Files.readString(report);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        // The only URLs are XML namespace names inside the inline SVG, which are identifiers, never fetched.
        Matcher m = Pattern.compile("https?://[^\"'\\s<>)]+").matcher(html);
        while (m.find()) {
            assertTrue(List.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink", "http://www.jfree.org/jfreesvg/svg")
                    .contains(m.group()), "external URL in the report: " + m.group());
        }
        // Links within the page (its table of contents, href="#...") fetch nothing.
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*(?!\"?#)", Pattern.CASE_INSENSITIVE).matcher(html.replace("src=x", "")).find(),
                "the report links or embeds another file");
    }

    @Test
    void screenshotShowsAPage() throws Exception {
        Path png = dir.resolve("report.png");
        Chromium.screenshot(report, png, 1200, 7000, dir);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        int dark = 0, coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y), r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                if (r + g + b < 200) dark++;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) coloured++;
            }
        }
        assertTrue(dark > 1000, "hardly any text drawn: " + dark);
        assertTrue(coloured > 200, "no coloured chart drawn: " + coloured);
    }

    /**
     * What a reader sees first, and a printed page: the first screen (1280x800) shows the "How to
     * read these numbers" box, and the report prints to several pages. Both are kept in
     * {@code target/report-test/} (the README's copies: {@code docs/report-first-screen.png},
     * {@code docs/report-printed-page.png}); the printed page is rendered with Ghostscript where present.
     */
    @Test
    void theFirstScreenShowsHowToReadAndTheReportPrints() throws Exception {
        Path keep = Path.of("target", "report-test");
        Files.createDirectories(keep);
        Path first = keep.resolve("first-screen.png");
        Chromium.screenshot(report, first, 1280, 800, dir);
        BufferedImage image = ImageIO.read(first.toFile());
        int box = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFDF6EE) box++;
        }
        assertTrue(box > 20_000, "the how-to-read box (its background) is on the first screen: " + box + " pixels");
        Path pdf = keep.resolve("report.pdf");
        Chromium.printToPdf(report, pdf, dir);
        String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "a PDF");
        int pages = count(text.replace("/Type /Pages", ""), "/Type /Page");
        assertTrue(pages >= 3, "the report prints to several pages: " + pages);
        if (Files.isExecutable(Path.of("/usr/bin/gs"))) {
            Process gs = new ProcessBuilder("/usr/bin/gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r70",
                    "-dFirstPage=2", "-dLastPage=2", "-sOutputFile=" + keep.resolve("printed-page.png"), pdf.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(gs.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && gs.exitValue() == 0, "ghostscript rendered page 2");
            assertTrue(Files.size(keep.resolve("printed-page.png")) > 1000);
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
