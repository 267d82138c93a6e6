package odsim.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.TreeMap;

/**
 * Streams {@code series.csv} (scenario, replication, date, measure, value) as replications
 * finish. Rows are written in replication order whatever order runs finish in, so the file is
 * the same for any thread count; a run stopped early keeps every replication written so far.
 * Each replication's rows are written as one block: if writing fails (a full disk), the file is
 * cut back to the last whole replication, so it never ends in half a row.
 */
public final class SeriesWriter implements AutoCloseable {
    public static final String HEADER = "scenario,replication,date,measure,value";
    private final FileChannel out;
    /** Bytes of whole replications (and the header) written so far. */
    private long whole;
    private final Period period;
    private final TreeMap<Integer, RunResult> waiting = new TreeMap<>();
    private int next;

    public SeriesWriter(Path file, Period period) {
        this.period = period;
        try {
            this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            writeBlock(HEADER + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void accept(RunResult run) {
        waiting.put(run.replication(), run);
        try {
            while (waiting.containsKey(next)) {
                writeBlock(rows(waiting.remove(next)));
                next++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} whole, or cuts the file back to what it held before and rethrows. */
    private void writeBlock(CharSequence text) throws IOException {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
        try {
            while (bytes.hasRemaining()) out.write(bytes);
            whole = out.position();
        } catch (IOException e) {
            try {
                out.truncate(whole);
            } catch (IOException ignored) {
                // the write's failure is the one to report
            }
            throw e;
        }
    }

    private CharSequence rows(RunResult run) {
        Aggregated a = Aggregated.of(run, period);
        String prefix = Csv.text(run.scenario()) + "," + run.replication() + ",";
        StringBuilder rows = new StringBuilder(1 << 16);
        for (int k = 0; k < a.periodStarts().size(); k++) {
            String date = a.periodStarts().get(k).toString();
            for (Measure m : Measure.ALL) {
                double v = a.series(m)[k];
                row(rows, prefix, date, m.label(), v);
                if (m.per100k) row(rows, prefix, date, m.label() + "_per_100k", v / run.regionPopulation() * 100_000);
            }
        }
        return rows;
    }

    private static void row(StringBuilder rows, String prefix, String date, String measure, double v) {
        rows.append(prefix).append(date).append(',').append(measure).append(',').append(Csv.number(v)).append('\n');
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
