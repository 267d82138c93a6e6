package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import odsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid scenarios at random (fixed seed, so a failure reproduces) and feeds them to the
 * loader: each must either load or fail with a {@link ScenarioException} whose every message
 * names the file. Any other throwable is a loader bug.
 */
class ScenarioFuzzTest {
    private static final long SEED = 20150101L;
    private static final int CASES = 4000;
    /** One case in this many also goes through {@code odsim validate} as a file. */
    private static final int CLI_EVERY = 20;

    /** Every section, comments, a list of shocks and a step curve: more for mutations to hit. */
    static final String RICH = """
            # A richer scenario than the baseline, for mutation.
            name: rich
            description: "Every section set; a plant closes in 2018."
            seed: 42
            horizon:
              start: 2016-01-01
              end: 2020-12-31
            population:
              agents: 20000
              scale: 2.5
              regionPopulation: 1500000
              meanAge: 40
              sdAge: 11.5
            pain:
              physicalWeight: 0.5
              emotionalWeight: 0.3
              economicWeight: 0.2
              shockSize: 0.25
            use:
              initiationPerYear: 0.02
              cessationElasticity: -1.5
            tolerance:
              halfLifeDays: 10
              graceDays: 3
            supply:
              fentanylShare:
                interpolation: step
                points:
                  2016-01-01: 0.1
                  2018-06-30: 0.6
              counterfeitPillShare: 0.05
              enforcementVolatility: 1.5
            overdose: {maxProbability: 0.4, halfRatio: 8, steepness: 4.5}
            cascade:
              call911: 0.55
              witnessHasNaloxone:
                points: {2016-01-01: 0.05, 2020-01-01: 0.4}
            treatment:
              startsPerYear: 0.2
              methadoneShare: 0.5
            rehab:
              meanStayDays: 28
            policing:
              streetArrestsPerYear: 0.05
              prisonShare: 0.2
            mortality:
              streetExcess: 2.5
            costs:
              jailDay: 180.5
            jobLossShocks:
              - date: 2018-03-01
                share: 0.05
                size: 0.5
              - {date: 2019-09-15, share: 0.02, size: 0.3}
            """;

    /** Flow style and quoted values: mutations hit brackets, braces and quotes. */
    static final String FLOW = """
            {name: 'flow', seed: 7, horizon: {start: 2015-01-01, end: 2016-06-30},
             population: {agents: "5000", shareStreet: 0.10, shareNoUse: 0.183},
             supply: {fentanylShare: {interpolation: linear, points: {2015-01-01: 0.05, 2016-01-01: 0.5}}},
             jobLossShocks: [{date: 2015-06-01, share: 0.1, size: 0.2}]}
            """;

    /** Well-formed YAML values of every kind: these reach the binder. */
    private static final String[] VALUES = {
        "0", "1", "-1", "0.5", "1.5", "-0.0", "1e309", "-1e309", "4.9e-324", "99999999999999999999999",
        "9".repeat(400), "2147483648", "1_000", "0x1F", "0o17", "1f", "abc", "many", "yes", "no", "true", "false",
        "null", "~", ".nan", ".NaN", ".inf", "-.inf", "2015-01-01", "2015-13-45", "2015-02-29", "+999999999-12-31",
        "[1, 2]", "[]", "{}", "{a: 1}", "{points: {}}", "{interpolation: cubic, points: {2015-01-01: 0.5}}",
        "{interpolation: step, points: {2015-01-01: 0.5, 2016-01-01: 2}}", "{points: {x: 0.1}}", "", "&a 1",
        "!!str 1", "!!int x", "!!float", "!!binary AAAA", "!foo x", "'0.5'", "\"\\0\"", "é", "\uD83D\uDE00",
    };

    /** YAML syntax and characters that break documents: these test the reader. */
    private static final String[] SYNTAX = {
        "- 1", " ", "&a", "*a", "*b", "<<: *a", "!!binary", "!!map", "!!seq", "{", "[", "}", "]", "'", "\"",
        "\"\\q\"", "|", ">", "|-\n  x", ":", "::", "? x", "---", "...", "#", "%YAML 1.2", "%TAG ! x", "@", "`",
        "\t", "\u0000", "\u0007", "\uFEFF", "\uFFFE", "\u2028", "\uD800", "extends: x", "name", "seed: 3",
    };

    private static final String[] CHARS = {
        " ", "\t", "\n", "\r", ":", "-", "#", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "'", "\"", "%", "@",
        "?", "0", "9", ".", "e", "x", "\u0000", "\u001b", "\u0085", "\u00a0", "é", "\uD800", "\uFFFF",
    };

    @Test
    void seedsAreValidScenarios() throws IOException {
        // A seed that failed already would make every mutant trivially "cleanly rejected".
        for (String seed : seeds()) assertDoesNotThrow(() -> ScenarioLoader.parse("seed", seed));
    }

    @Test
    void mutantsLoadOrFailWithMessagesNamingTheFile(@TempDir Path dir) throws IOException {
        List<String> seeds = seeds();
        String base = seeds.get(0);
        // A guard against a hang, not a speed claim: the whole run takes a few seconds.
        Stats stats = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> fuzz(seeds, base, dir));
        if (!stats.failures.isEmpty()) {
            fail(stats.failures.size() + " of " + CASES + " mutants broke the loader; first ones:\n"
                    + String.join("\n\n", stats.failures.subList(0, Math.min(5, stats.failures.size()))));
        }
        // The mutants must exercise both outcomes, and the binder as well as the YAML reader.
        assertTrue(stats.loaded > CASES / 20, "loaded " + stats.loaded);
        assertTrue(stats.yamlErrors > CASES / 20, "YAML errors " + stats.yamlErrors);
        assertTrue(stats.bindErrors > CASES / 10, "binding errors " + stats.bindErrors);
        assertTrue(stats.cliRuns >= CASES / CLI_EVERY, "CLI runs " + stats.cliRuns);
    }

    private static final class Stats {
        int loaded, yamlErrors, bindErrors, cliRuns;
        final List<String> failures = new ArrayList<>();
    }

    private static Stats fuzz(List<String> seeds, String base, Path dir) throws IOException {
        Random rnd = new Random(SEED);
        Stats stats = new Stats();
        Path baseFile = Files.writeString(dir.resolve("base.yaml"), base);
        for (int i = 0; i < CASES; i++) {
            String mutant = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            // Every third mutant is layered over a valid scenario, which exercises the merge.
            String[] layers = i % 3 == 2 ? new String[] {base, mutant} : new String[] {mutant};
            try {
                ScenarioLoader.parse("mutant", layers);
                stats.loaded++;
            } catch (ScenarioException e) {
                List<String> bad = e.problems().stream().filter(p -> !p.startsWith("mutant:")).toList();
                if (e.problems().isEmpty() || !bad.isEmpty()) {
                    stats.failures.add(report(i, mutant, "messages not naming the file: " + e.problems()));
                } else if (e.problems().stream().anyMatch(p -> p.contains("YAML"))) {
                    stats.yamlErrors++;
                } else {
                    stats.bindErrors++;
                }
            } catch (Throwable t) { // StackOverflowError included: any of these is a loader bug
                stats.failures.add(report(i, mutant, t.toString()));
            }
            if (i % CLI_EVERY == 0) {
                stats.cliRuns++;
                // Every other one extends a valid file, as the same layering through 'extends'.
                String text = i % (2 * CLI_EVERY) == 0 ? "extends: base.yaml\n" + mutant : mutant;
                String problem = throughCli(dir.resolve("mutant-" + i + ".yaml"), text, baseFile);
                if (problem != null) stats.failures.add(report(i, mutant, problem));
            }
        }
        return stats;
    }

    /** Runs {@code odsim validate} on the mutant; returns what went wrong, or null. */
    private static String throughCli(Path file, String text, Path base) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code;
        try {
            code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate", file.toString());
        } catch (Throwable t) {
            return "validate threw " + t;
        }
        String errors = err.toString();
        if (code == 0) return errors.isEmpty() ? null : "exit 0 with errors: " + errors;
        if (code != 2) return "validate exit " + code + ": " + errors;
        if (errors.contains("\tat ") || errors.contains("Exception")) return "stack trace: " + errors;
        for (String line : errors.split("\\R")) {
            if (!line.startsWith("odsim: error: " + file) && !line.startsWith("odsim: error: " + base)) {
                return "message not naming the file: " + line;
            }
        }
        return null;
    }

    private static String report(int i, String mutant, String what) {
        String shown = mutant.length() > 600 ? mutant.substring(0, 600) + "..." : mutant;
        return "case " + i + ": " + what + "\n--- mutant (Java-escaped) ---\n" + escape(shown);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') b.append("\\n\n");
            else if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private static List<String> seeds() throws IOException {
        return List.of(Files.readString(Path.of("scenarios/baseline.yaml")), RICH, FLOW);
    }

    /** Usually one, sometimes up to four random edits of lines, values, keys or characters. */
    static String mutate(String text, Random rnd) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(3) : 1;
        for (int e = 0; e < edits; e++) {
            if (lines.isEmpty()) lines.add("");
            int n = lines.size();
            int at = rnd.nextInt(n);
            String line = lines.get(at);
            switch (rnd.nextInt(12)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(rnd.nextInt(n + 1), line);
                case 2 -> {
                    int other = rnd.nextInt(n);
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 3 -> lines.set(at, reindent(line, rnd));
                case 4, 5 -> lines.set(at, replaceValue(line, rnd));
                case 6 -> lines.set(at, replaceKey(line, rnd));
                case 7 -> lines.set(at, flipChar(line, rnd));
                case 8 -> {
                    String all = String.join("\n", lines);
                    int cut = rnd.nextInt(all.length() + 1);
                    lines = new ArrayList<>(Arrays.asList(all.substring(0, cut).split("\n", -1)));
                }
                case 9 -> {
                    int pos = rnd.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + token(rnd) + line.substring(pos));
                }
                case 10 -> { // repeat a block: duplicate keys, repeated sections
                    int end = Math.min(n, at + 1 + rnd.nextInt(6));
                    lines.addAll(end, new ArrayList<>(lines.subList(at, end)));
                }
                default -> { // indent a block deeper
                    int end = Math.min(n, at + 1 + rnd.nextInt(6));
                    for (int k = at; k < end; k++) lines.set(k, "  " + lines.get(k));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Mostly well-formed values, so that the binder sees as many mutants as the YAML reader. */
    private static String token(Random rnd) {
        return rnd.nextInt(4) > 0 ? VALUES[rnd.nextInt(VALUES.length)] : SYNTAX[rnd.nextInt(SYNTAX.length)];
    }

    private static String reindent(String line, Random rnd) {
        String body = line.stripLeading();
        String indent = rnd.nextInt(5) == 0 ? "\t" : " ".repeat(rnd.nextInt(9));
        return indent + body;
    }

    private static String replaceValue(String line, Random rnd) {
        int colon = line.indexOf(':');
        String value = token(rnd);
        if (rnd.nextInt(4) == 0) value = rnd.nextBoolean() ? "[" + value + "]" : "{k: " + value + "}";
        if (colon < 0) return line.stripTrailing().isEmpty() ? value : line.substring(0, line.length() / 2) + value;
        return line.substring(0, colon + 1) + " " + value;
    }

    private static String replaceKey(String line, Random rnd) {
        int colon = line.indexOf(':');
        if (colon <= 0) return line;
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String key = line.substring(indent.length(), colon);
        if (key.isEmpty()) return line;
        int pos = rnd.nextInt(key.length());
        String typo = switch (rnd.nextInt(4)) {
            case 0 -> key.substring(0, pos) + key.substring(pos + 1); // drop a letter
            case 1 -> key.substring(0, pos) + (char) ('a' + rnd.nextInt(26)) + key.substring(pos); // add one
            case 2 -> key.toUpperCase();
            default -> token(rnd);
        };
        return indent + typo + line.substring(colon);
    }

    private static String flipChar(String line, Random rnd) {
        if (line.isEmpty()) return CHARS[rnd.nextInt(CHARS.length)];
        int pos = rnd.nextInt(line.length());
        return line.substring(0, pos) + CHARS[rnd.nextInt(CHARS.length)] + line.substring(pos + 1);
    }
}
