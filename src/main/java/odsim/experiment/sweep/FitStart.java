package odsim.experiment.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import odsim.scenario.CsvPlaces;
import odsim.scenario.Mark;
import odsim.scenario.Problems;
import odsim.scenario.ScenarioException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where a fit starts when an earlier search has found a good point: a sweep's
 * {@code calibration.csv} or {@code accepted.csv}, or a fit's {@code fit.csv} (the row with the
 * least error), or an {@code ensemble.csv} (its first set, the closest: sets are written best
 * first). The file's columns between the first (point, evaluation or set) and {@code error} are
 * parameter paths; each of the fit's ranged parameters must be among them, with a value inside its
 * range. Starting there lets the fit polish the best sampled point instead of searching again from
 * the middle of the ranges, where a search with few evaluations can stop in a worse place.
 *
 * @param line the line (from 1) of the row the start was taken from
 * @param error that row's error as the file gives it, or NaN (an ensemble file has none)
 * @param unit each fitted parameter's value scaled to its range, in the sweep file's order
 * @param values the same values as written in the file
 * @param notFitted the file's other parameter columns: not fitted, so they keep the base scenario's values
 */
public record FitStart(Path file, int line, double error, double[] unit, List<String> values, List<String> notFitted) {
    private static final String ERROR = "error";

    /**
     * Reads the start for {@code sweep}'s ranged parameters from {@code file}.
     *
     * @throws ScenarioException naming the file, line and column of every problem
     */
    public static FitStart read(Path file, SweepFile sweep) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(name + ": --start: cannot read it (" + (Files.exists(file) ? e.getMessage() : "no such file") + ")");
        }
        List<String> lines = text.lines().toList();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser csv = CSVParser.parse(reader, format)) {
            List<String> header = csv.getHeaderNames();
            int headerLine = CsvPlaces.headerLine(lines);
            int errorColumn = header.indexOf(ERROR);
            List<String> columns = header.subList(Math.min(1, header.size()), errorColumn < 0 ? header.size() : errorColumn);
            List<SweepParameter> fitted = sweep.parameters();
            Problems problems = new Problems();
            for (SweepParameter p : fitted) {
                if (!columns.contains(p.path())) {
                    problems.add(new Mark(name, headerLine, 1), "header", "no column " + p.path() + ", a parameter the fit varies; the file's "
                            + "parameter columns: " + (columns.isEmpty() ? "none" : String.join(", ", columns))
                            + " (a sweep's calibration.csv, accepted.csv or ensemble.csv, or a fit's fit.csv, of the same parameters)");
                }
            }
            problems.throwIfAny();
            CSVRecord chosen = null;
            double chosenError = Double.NaN;
            for (CSVRecord row : csv) {
                if (row.size() != header.size()) continue;
                if (errorColumn < 0) {
                    chosen = row; // an ensemble: its first set is its closest
                    break;
                }
                double e = number(row.get(errorColumn));
                if (Double.isFinite(e) && (chosen == null || e < chosenError)) {
                    chosen = row;
                    chosenError = e;
                }
            }
            if (chosen == null) {
                throw new ScenarioException(name + ": --start: no row to start from" + (errorColumn < 0 ? "" : " (none with a finite error)"));
            }
            int line = CsvPlaces.lineOf(text, chosen.getCharacterPosition());
            double[] unit = new double[fitted.size()];
            List<String> values = new ArrayList<>();
            for (int k = 0; k < fitted.size(); k++) {
                SweepParameter p = fitted.get(k);
                int column = header.indexOf(p.path());
                String written = chosen.get(column);
                double v = number(written);
                SweepParameter.Range r = p.range();
                Mark at = CsvPlaces.at(name, lines, line, column);
                if (Double.isNaN(v)) {
                    problems.add(at, p.path(), "found \"" + written + "\"; expected a number");
                } else if (r.integer() && v != Math.rint(v)) {
                    problems.add(at, p.path(), "found " + written + "; the fit's range is of whole numbers (" + p.mark() + ")");
                } else if (v < r.min() || v > r.max()) {
                    problems.add(at, p.path(), String.format(Locale.ROOT, "found %s, outside the range the fit searches, %s to %s (%s); widen "
                            + "the range or start elsewhere", written, odsim.results.Csv.number(r.min()), odsim.results.Csv.number(r.max()), p.mark()));
                } else {
                    unit[k] = r.max() > r.min() ? (v - r.min()) / (r.max() - r.min()) : 0.5;
                }
                values.add(written);
            }
            problems.throwIfAny();
            List<String> fittedPaths = fitted.stream().map(SweepParameter::path).toList();
            List<String> notFitted = columns.stream().filter(c -> !fittedPaths.contains(c)).toList();
            return new FitStart(file, line, chosenError, unit, List.copyOf(values), notFitted);
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ScenarioException(name + ": --start: not a CSV file of parameter values (" + e.getMessage() + ")");
        }
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
