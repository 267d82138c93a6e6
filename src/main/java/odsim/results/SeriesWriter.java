package odsim.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * Streams {@code series.csv} (scenario, replication, date, measure, value) as replications
 * finish. Rows are written in replication order whatever order runs finish in, so the file is
 * the same for any thread count; a run stopped early keeps every replication written so far.
 */
public final class SeriesWriter implements AutoCloseable {
    public static final String HEADER = "scenario,replication,date,measure,value";
    private final BufferedWriter out;
    private final Period period;
    private final TreeMap<Integer, RunResult> waiting = new TreeMap<>();
    private int next;

    public SeriesWriter(Path file, Period period) {
        this.period = period;
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(HEADER);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void accept(RunResult run) {
        waiting.put(run.replication(), run);
        try {
            while (waiting.containsKey(next)) {
                write(waiting.remove(next));
                next++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(RunResult run) throws IOException {
        Aggregated a = Aggregated.of(run, period);
        String prefix = Csv.text(run.scenario()) + "," + run.replication() + ",";
        StringBuilder line = new StringBuilder(128);
        for (int k = 0; k < a.periodStarts().size(); k++) {
            String date = a.periodStarts().get(k).toString();
            for (Measure m : Measure.ALL) {
                double v = a.series(m)[k];
                row(line, prefix, date, m.label(), v);
                if (m.per100k) row(line, prefix, date, m.label() + "_per_100k", v / run.regionPopulation() * 100_000);
            }
        }
    }

    private void row(StringBuilder line, String prefix, String date, String measure, double v) throws IOException {
        line.setLength(0);
        line.append(prefix).append(date).append(',').append(measure).append(',').append(Csv.number(v)).append('\n');
        out.write(line.toString());
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
