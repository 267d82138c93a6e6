package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import odsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed scenarios, each run through {@code odsim validate}: exit code 2, a message naming the
 * place, no stack trace, no hang. Small cases are files in {@code src/test/resources/bad-scenarios}
 * with their expected messages in {@code expected.tsv}; huge, binary and deeply nested ones are
 * generated here so the repository holds no large or binary files.
 */
class BadScenarioCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-scenarios");
    /** A guard against hangs, not a speed claim: each case takes milliseconds. */
    static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Za-z]+(Exception|Error)\\b");
    private static final int MAX = YamlTree.MAX_BYTES;

    record Outcome(int code, String out, String err) {}

    static Outcome validate(Path file) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate", file.toString());
            return new Outcome(code, out.toString(), err.toString());
        }, () -> "validate " + file + " did not finish");
    }

    static void assertRejectedCleanly(Path file, List<String> expected) {
        Outcome o = validate(file);
        assertEquals(2, o.code(), () -> "exit code for " + file + "; stderr:\n" + o.err());
        for (String text : expected) {
            assertTrue(o.err().contains(text), () -> "expected\n  " + text + "\nin stderr:\n" + o.err());
        }
        assertFalse(o.err().contains("\tat "), () -> "stack trace:\n" + o.err());
        assertFalse(EXCEPTION_NAME.matcher(o.err()).find(), () -> "exception class named:\n" + o.err());
        for (String line : o.err().split("\\R")) {
            assertTrue(line.startsWith("odsim: error: "), () -> "not an error line: " + line);
            // A message stays readable even when the value in the file is 900 KB long.
            assertTrue(line.length() < 1000, () -> "line of " + line.length() + " characters: " + line.substring(0, 200));
        }
        assertFalse(o.out().contains(": ok"), o.out());
    }

    /** expected.tsv: one row per expected message, {@code file<TAB>text}; # starts a comment. */
    static Map<String, List<String>> expectations() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String row : Files.readAllLines(CORPUS.resolve("expected.tsv"))) {
            if (row.isBlank() || row.startsWith("#")) continue;
            String[] cols = row.split("\t", 2);
            assertEquals(2, cols.length, () -> "expected.tsv row without a tab: " + row);
            out.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1]);
        }
        return out;
    }

    static Stream<Arguments> committed() throws IOException {
        return expectations().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("committed")
    void committedBadScenarioIsRejectedWithItsPlace(String file, List<String> expected) {
        assertRejectedCleanly(CORPUS.resolve(file), expected);
    }

    @Test
    void everyCorpusFileHasAnExpectationAndTheCorpusIsLarge() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(CORPUS)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(expectations().keySet()));
        assertTrue(files.size() + generated().count() >= 50, "corpus of " + files.size() + " files");
    }

    /** A case built at test time; an expected text starting with ':' follows the file's name. */
    record Generated(String name, byte[] content, String... expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Generated> generated() {
        List<Generated> g = new ArrayList<>();
        byte[] huge = ("# padding " + "x".repeat(69) + "\n").repeat(MAX / 80 + 1).getBytes(StandardCharsets.UTF_8);
        g.add(new Generated("huge-file", huge, ": file is " + huge.length + " bytes; scenario files are limited to " + MAX + " bytes"));
        g.add(text("very-long-line", "population: {agents: 5000, scale: " + "9".repeat(900_000) + "}\n",
                ":1:35: population.scale: found '999999"));
        g.add(new Generated("binary-junk", junk(), ":1:1: not UTF-8 text (byte 0x89 at offset 0)"));
        g.add(text("nul-bytes", "name: x\nseed: 1\0\0\0\n", ":2:8: character U+0000 is not allowed in YAML"));
        g.add(text("control-character", "description: ring the bell\u0007\n", ":1:27: character U+0007 is not allowed in YAML"));
        g.add(new Generated("latin1-not-utf8", bytes("name: caf", 0xE9, "\nseed: 3\n"), ":1:10: not UTF-8 text (byte 0xE9 at offset 9)"));
        g.add(new Generated("truncated-utf8", bytes("name: caf", 0xC3), ":1:10: not UTF-8 text (byte 0xC3 at offset 9)"));
        g.add(new Generated("utf16-file", utf16("name: x\n"), ":1:1: not UTF-8 text (byte 0xFF at offset 0)"));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 300; i++) deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        g.add(text("deep-block-nesting", deep.toString(), ":42:83: k0.k1.k2.k3", "k40: nested too deeply (more than 40 levels)"));
        g.add(text("deep-flow-nesting", "description: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n",
                ":1:54: description[0][0]", "[0]: nested too deeply"));
        StringBuilder aliases = new StringBuilder("costs:\n  emsCall: &a 500\n");
        for (int i = 0; i < 20_000; i++) aliases.append("  k").append(i).append(": *a\n");
        g.add(text("many-aliases", aliases.toString(), ":3:7: costs.k0: YAML aliases (*a) are not supported"));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 20_000; i++) keys.append("key").append(i).append(": 1\n");
        g.add(text("twenty-thousand-problems", keys.toString(), ": 19900 more problems not shown"));
        return g.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void generatedBadInputIsRejectedWithItsPlace(Generated g, @TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve(g.name() + ".yaml"), g.content());
        assertRejectedCleanly(file, Stream.of(g.expected()).map(e -> e.startsWith(":") ? file + e : e).toList());
    }

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void shippedScenarioValidates(Path file) {
        Outcome o = validate(file);
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().contains(file + ": ok"), o.out());
    }

    // Hostile input: refused by a limit, with bounded memory and CPU. Both are measured on the
    // working thread (allocated bytes and CPU time), so neither GC timing nor a busy machine can
    // make them flaky; expanding the alias bomb would allocate gigabytes.

    record Cost(ScenarioException error, long allocatedBytes, long cpuNanos) {}

    static Cost refusal(Executable action) {
        com.sun.management.ThreadMXBean bean = threads();
        ScenarioLoader.parse("warm-up", "name: x\n"); // class loading is not the cost under test
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            long mem = bean.getCurrentThreadAllocatedBytes(), cpu = bean.getCurrentThreadCpuTime();
            ScenarioException e = assertThrows(ScenarioException.class, action);
            return new Cost(e, bean.getCurrentThreadAllocatedBytes() - mem, bean.getCurrentThreadCpuTime() - cpu);
        });
    }

    private static com.sun.management.ThreadMXBean threads() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()
                && bean.isCurrentThreadCpuTimeSupported() && bean.isThreadCpuTimeEnabled());
        return bean;
    }

    @Test
    void aliasBombIsRefusedAtItsFirstAliasWithoutExpanding() {
        // 9 levels of 9 aliases: about 390 million strings if expanded.
        Cost c = refusal(() -> ScenarioLoader.load(CORPUS.resolve("55-alias-bomb.yaml")));
        assertEquals(List.of(CORPUS.resolve("55-alias-bomb.yaml")
                + ":2:14: lol1[0]: YAML aliases (*lol0) are not supported in scenario files; write the value out"), c.error().problems());
        assertTrue(c.allocatedBytes() < 32L << 20, "allocated " + c.allocatedBytes());
        assertTrue(c.cpuNanos() < 1_000_000_000L, "CPU " + c.cpuNanos() / 1_000_000 + " ms");
    }

    @Test
    void oversizedFileIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.yaml"), new byte[4 * MAX]);
        Cost c = refusal(() -> ScenarioLoader.load(big));
        assertEquals(List.of(big + ": file is " + 4 * MAX + " bytes; scenario files are limited to " + MAX + " bytes"),
                c.error().problems());
        assertTrue(c.allocatedBytes() < MAX, "allocated " + c.allocatedBytes() + ": the file was read");
        assertTrue(c.cpuNanos() < 1_000_000_000L, "CPU " + c.cpuNanos() / 1_000_000 + " ms");
    }

    @Test
    void oversizedTextIsRefusedBeforeParsing() {
        String text = "description: " + "x".repeat(2 * MAX) + "\n";
        Cost c = refusal(() -> ScenarioLoader.parse("big", text));
        assertEquals(List.of("big: file is " + text.length() + " characters; scenario files are limited to " + MAX + " bytes"),
                c.error().problems());
        assertTrue(c.allocatedBytes() < MAX, "allocated " + c.allocatedBytes() + ": the text was parsed");
        assertTrue(c.cpuNanos() < 1_000_000_000L, "CPU " + c.cpuNanos() / 1_000_000 + " ms");
    }

    /** A device reports size 0 and never ends: only one byte past the limit may be read. */
    @Test
    void endlessDeviceIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "needs /dev/zero");
        Cost c = refusal(() -> ScenarioLoader.load(zero));
        assertEquals(List.of("/dev/zero: file is more than " + MAX + " bytes; scenario files are limited to " + MAX + " bytes"),
                c.error().problems());
        assertTrue(c.allocatedBytes() < 16L * MAX, "allocated " + c.allocatedBytes());
    }

    private static Generated text(String name, String content, String... expected) {
        return new Generated(name, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    /** A PNG header (0x89 is never valid as a first UTF-8 byte), then random bytes. */
    private static byte[] junk() {
        byte[] b = new byte[4096];
        new Random(89).nextBytes(b);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(png, 0, b, 0, png.length);
        return b;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else out.write((Integer) p);
        }
        return out.toByteArray();
    }

    /** As Windows Notepad once saved files: UTF-16 with a byte-order mark. */
    private static byte[] utf16(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(s.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }
}
