package odsim.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DayBenchmark} and {@link EngineBenchmark} and prints their scores as ns per
 * person-day: per scenario (levers off, every lever on), size and model with the engine's
 * speed-up over the MASON peer, and the
 * engine with every lever on per size on one and two threads. JMH's own options pass through
 * unchanged, e.g. {@code java -cp target/odsim.jar odsim.bench.BenchReport -wi 2 -i 3 -w 2 -r 2};
 * {@code -p people=100000,1000000} narrows the sizes, {@code -p scenario=all-levers} the scenarios.
 */
public final class BenchReport {
    private BenchReport() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include("(" + DayBenchmark.class.getName() + "|" + EngineBenchmark.class.getName() + ")\\.day$")
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.print(table(results));
        System.out.println();
        System.out.print(threadTable(results));
    }

    /** The engine with every lever on: ns per person-day on one and two threads, and the ratio. */
    static String threadTable(Collection<RunResult> results) {
        Map<Integer, Map<Integer, double[]>> byPeople = new TreeMap<>();
        for (RunResult r : results) {
            if (r.getParams().getParam("threads") == null) continue;
            int people = Integer.parseInt(r.getParams().getParam("people"));
            int threads = Integer.parseInt(r.getParams().getParam("threads"));
            Result<?> primary = r.getPrimaryResult();
            double perPersonDay = 1e6 / people;
            byPeople.computeIfAbsent(people, k -> new TreeMap<>())
                    .put(threads, new double[] {primary.getScore() * perPersonDay, primary.getScoreError() * perPersonDay});
        }
        List<String> lines = new ArrayList<>();
        lines.add("| people (all levers) | 1 thread ns/person-day | 2 threads ns/person-day | 2 threads / 1 thread speed-up |");
        lines.add("|---:|---:|---:|---:|");
        byPeople.forEach((people, byThreads) -> {
            double[] one = byThreads.get(1);
            double[] two = byThreads.get(2);
            String ratio = one != null && two != null ? String.format(Locale.ROOT, "%.2f×", one[0] / two[0]) : "-";
            lines.add(String.format(Locale.ROOT, "| %,d | %s | %s | %s |", people, cell(one), cell(two), ratio));
        });
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /**
     * A Markdown table: ns per person-day (99.9% error as JMH gives it) and engine speed-up, per
     * scenario (levers off, every lever on) and size.
     */
    static String table(Collection<RunResult> results) {
        // scenario -> people -> model -> {score, error} in ns per person-day
        Map<String, Map<Integer, Map<String, double[]>>> byScenario = new TreeMap<>();
        for (RunResult r : results) {
            if (r.getParams().getParam("model") == null) continue;
            String scenario = r.getParams().getParam("scenario");
            int people = Integer.parseInt(r.getParams().getParam("people"));
            String model = r.getParams().getParam("model");
            Result<?> primary = r.getPrimaryResult();
            double perPersonDay = 1e6 / people; // ms per day -> ns per person-day
            byScenario.computeIfAbsent(scenario == null ? "defaults" : scenario, k -> new TreeMap<>())
                    .computeIfAbsent(people, k -> new TreeMap<>())
                    .put(model, new double[] {primary.getScore() * perPersonDay, primary.getScoreError() * perPersonDay});
        }
        List<String> lines = new ArrayList<>();
        lines.add("| scenario | people | engine ns/person-day | mason-peer ns/person-day | engine speed-up |");
        lines.add("|---|---:|---:|---:|---:|");
        // Levers off first, then every lever on (TreeMap order would put "all-levers" first).
        List<String> scenarios = new ArrayList<>(byScenario.keySet());
        scenarios.sort((a, b) -> a.equals(b) ? 0 : a.equals("defaults") ? -1 : b.equals("defaults") ? 1 : a.compareTo(b));
        for (String scenario : scenarios) {
            String label = switch (scenario) {
                case "defaults" -> "levers off";
                case "all-levers" -> "all levers";
                default -> scenario;
            };
            byScenario.get(scenario).forEach((people, models) -> {
                double[] e = models.get("engine");
                double[] p = models.get("mason-peer");
                String ratio = e != null && p != null ? String.format(Locale.ROOT, "%.1f×", p[0] / e[0]) : "-";
                lines.add(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |", label, people, cell(e), cell(p), ratio));
            });
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static String cell(double[] v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f ± %.1f", v[0], v[1]);
    }
}
