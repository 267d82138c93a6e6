package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import odsim.bench.BenchScenarios;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file regression test: the SHA-256 of every daily series (every measure, every day, the
 * exact bits of each double) of a few small scenarios, on one thread and on two, must equal the
 * hashes stored in {@code src/test/resources/golden/series.sha256}. A speed-up must not change
 * a single result. When a change to the model is meant to change results, regenerate the file
 * and commit it with the change:
 * <pre>mvn -o test -Dtest=GoldenSeriesTest -Dodsim.golden.update=true</pre>
 */
class GoldenSeriesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/series.sha256");
    private static final boolean UPDATE = Boolean.getBoolean("odsim.golden.update");
    private static final Map<String, String> computed = new LinkedHashMap<>();

    /** name, scenario: 20,000 agents (three blocks, so two threads share the work) over two years, in the years where each scenario's levers act. */
    static Stream<Object[]> cases() {
        return Stream.of(
                new Object[] {"baseline", load("scenarios/baseline.yaml", "2015-01-01", "2016-12-31")},
                new Object[] {"health-first", load("scenarios/packages/health-first.yaml", "2018-07-01", "2020-06-30")},
                new Object[] {"punitive", load("scenarios/packages/punitive.yaml", "2018-07-01", "2020-06-30")},
                new Object[] {"all-levers", ScenarioLoader.parse("all-levers",
                        "population: {agents: 20000}\nhorizon: {start: 2015-01-01, end: 2016-12-31}\n", BenchScenarios.ALL_LEVERS)});
    }

    private static Scenario load(String file, String start, String end) {
        List<ParameterOverride> set = new ArrayList<>();
        for (String s : new String[] {"population.agents=20000", "horizon.start=" + start, "horizon.end=" + end}) {
            set.add(ParameterOverride.parse(s, "golden"));
        }
        return ScenarioLoader.load(Path.of(file), set);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dailySeriesAreUnchanged(String name, Scenario scenario) throws IOException {
        String one = hash(OverdoseSim.run(scenario, 0, 1, null));
        assertEquals(one, hash(OverdoseSim.run(scenario, 0, 2, null)), name + ": two threads differ from one");
        computed.put(name, one);
        if (name.equals("all-levers")) everyLeverActs(OverdoseSim.run(scenario, 0, 1, null));
        if (UPDATE) return;
        String expected = stored().get(name);
        assertNotNull(expected, name + " has no golden hash; regenerate with -Dodsim.golden.update=true");
        assertEquals(expected, one, name + ": daily series changed (if on purpose, regenerate: see the class comment)");
    }

    @AfterAll
    static void writeIfUpdating() throws IOException {
        if (!UPDATE) return;
        StringBuilder out = new StringBuilder("# SHA-256 of each scenario's daily series; regenerate: "
                + "mvn -o test -Dtest=GoldenSeriesTest -Dodsim.golden.update=true\n");
        computed.forEach((name, h) -> out.append(name).append(' ').append(h).append('\n'));
        Files.createDirectories(GOLDEN.getParent());
        Files.writeString(GOLDEN, out.toString());
    }

    /** The all-levers case guards every lever only if each one does something in it. */
    private static void everyLeverActs(RunResult r) {
        for (Measure m : new Measure[] {Measure.KITS_DISTRIBUTED, Measure.OPC_VISITS, Measure.DIVERSIONS, Measure.ARRESTS,
            Measure.SAFE_SUPPLY_STARTS, Measure.TREATMENT_STARTS, Measure.DRUG_CHECKS, Measure.COURT_MANDATED_REHAB,
            Measure.COST_ROOT_CAUSES, Measure.COST_SUPPLY_PRESSURE, Measure.MEDICATED_IN_CUSTODY, Measure.OVERDOSES_AT_SITE}) {
            org.junit.jupiter.api.Assertions.assertTrue(r.total(m) > 0, "all-levers: no " + m);
        }
    }

    private static Map<String, String> stored() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GOLDEN)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split("\\s+");
            m.put(parts[0], parts[1]);
        }
        return m;
    }

    static String hash(RunResult r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer bits = ByteBuffer.allocate(Long.BYTES);
            for (Measure m : Measure.ALL) {
                sha.update(m.name().getBytes(StandardCharsets.UTF_8));
                for (double v : r.series(m)) {
                    bits.clear();
                    bits.putLong(Double.doubleToRawLongBits(v));
                    sha.update(bits.array());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
