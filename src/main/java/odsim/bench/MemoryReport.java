package odsim.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link MemoryBenchmark} and prints bytes per person as a table (each counter's mean over
 * the measurement iterations). JMH's own options pass
 * through, e.g. {@code java -cp target/odsim.jar odsim.bench.MemoryReport -p people=1000000}.
 */
public final class MemoryReport {
    private MemoryReport() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(MemoryBenchmark.class.getName() + "\\.perPerson$")
                .timeUnit(TimeUnit.SECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("| scenario | N | heap bytes per person ((heap(2N) - heap(N)) / N) | column bytes per slot | column bytes per person |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (RunResult r : results) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", r.getParams().getParam("scenario"),
                    Integer.parseInt(r.getParams().getParam("people")), perIteration(r, "heapBytesPerPerson"),
                    perIteration(r, "columnBytesPerSlot"), perIteration(r, "columnBytesPerPerson"));
        }
    }

    /**
     * The mean and standard deviation of a counter over the measurement iterations (JMH's own
     * line for an events counter is their sum).
     */
    private static String perIteration(RunResult r, String counter) {
        SummaryStatistics s = new SummaryStatistics();
        for (BenchmarkResult b : r.getBenchmarkResults()) {
            for (IterationResult i : b.getIterationResults()) s.addValue(i.getSecondaryResults().get(counter).getScore());
        }
        return String.format(Locale.ROOT, "%.1f (sd %.1f, %d iterations)", s.getMean(), s.getStandardDeviation(), s.getN());
    }
}
