package odsim.experiment.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import odsim.scenario.Binder;
import odsim.scenario.CsvPlaces;
import odsim.scenario.Mark;
import odsim.scenario.Problems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Observed series to calibrate against, read from a CSV file that any state or city can bring:
 * one row per value, {@code year,measure,value,lower,upper,source}. {@code year} is a calendar
 * year (or {@code total}); {@code measure} one of the sweep's measures; {@code lower} and
 * {@code upper}, the range that counts as agreeing (both or neither; a point whose value lies in
 * every target's range is accepted, {@link Calibration}); {@code source}, where the value comes
 * from. Every problem is reported at once, at its file, line and column.
 */
final class TargetsFile {
    static final List<String> COLUMNS = List.of("year", "measure", "value", "lower", "upper", "source");

    private TargetsFile() {}

    /** The rows of {@code file} as targets; problems go to {@code problems}, naming {@code file}'s line and column. */
    static List<Target> read(Path file, List<String> measures, Set<String> seen, Problems problems) {
        String name = file.toString();
        List<Target> out = new ArrayList<>();
        List<String> lines;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            lines = text.lines().toList();
        } catch (IOException e) {
            problems.add(Mark.ofFile(name), "targetsFile", "cannot read " + file + " (" + e.getMessage() + ")");
            return out;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser csv = CSVParser.parse(reader, format)) {
            if (!csv.getHeaderNames().equals(COLUMNS)) {
                problems.add(new Mark(name, 1, 1), "header", "found " + String.join(",", csv.getHeaderNames()) + "; expected " + String.join(",", COLUMNS));
                return out;
            }
            for (CSVRecord row : csv) {
                Target t = target(row, CsvPlaces.lineOf(text, row.getCharacterPosition()), name, lines, measures, problems);
                if (t == null) continue;
                if (!seen.add(t.measure() + "," + t.period())) {
                    problems.add(t.mark(), "measure", t.measure() + " in " + t.period() + " is already a target");
                } else {
                    out.add(t);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(Mark.ofFile(name), "targetsFile", "not a readable CSV file: " + e.getMessage());
        }
        return out;
    }

    private static Target target(CSVRecord row, int line, String file, List<String> lines, List<String> measures, Problems problems) {
        int before = problems.size();
        if (row.size() != COLUMNS.size()) {
            problems.add(new Mark(file, line, 1), "row", "found " + row.size() + " values; expected " + COLUMNS.size() + " (" + String.join(",", COLUMNS) + ")");
            return null;
        }
        String year = row.get("year"), measure = row.get("measure"), source = row.get("source");
        if (!year.equals("total") && !year.matches("\\d{4}")) problems.add(CsvPlaces.at(file, lines, line, 0), "year", "found " + Binder.quote(year) + "; allowed: a calendar year such as 2016, or total");
        if (!measures.contains(measure)) {
            problems.add(CsvPlaces.at(file, lines, line, 1), "measure", "found " + Binder.quote(measure) + Binder.suggest(measure, measures)
                    + "; allowed: one of this sweep's measures: " + String.join(", ", measures));
        }
        double value = number(row.get("value"), false, file, lines, line, 2, "value", problems);
        double lower = number(row.get("lower"), true, file, lines, line, 3, "lower", problems);
        double upper = number(row.get("upper"), true, file, lines, line, 4, "upper", problems);
        if (value == 0) problems.add(CsvPlaces.at(file, lines, line, 2), "value", "found 0; expected a number other than 0 (errors are relative to it)");
        if (Double.isNaN(lower) != Double.isNaN(upper)) {
            problems.add(CsvPlaces.at(file, lines, line, Double.isNaN(lower) ? 3 : 4), Double.isNaN(lower) ? "lower" : "upper",
                    "empty while the other end is given; give both ends of the range that counts as agreeing, or neither");
        } else if (lower > upper) {
            problems.add(CsvPlaces.at(file, lines, line, 3), "lower", "found " + row.get("lower") + " above upper " + row.get("upper") + "; expected lower <= upper");
        } else if (!Double.isNaN(value) && (value < lower || value > upper)) {
            problems.add(CsvPlaces.at(file, lines, line, 2), "value", "found " + row.get("value") + " outside its range " + row.get("lower") + " to " + row.get("upper"));
        }
        if (source.isBlank()) problems.add(CsvPlaces.at(file, lines, line, 5), "source", "empty; say where the value comes from");
        if (problems.size() != before) return null;
        return new Target(measure, year, value, lower, upper, source, CsvPlaces.at(file, lines, line, 0));
    }

    private static double number(String text, boolean optional, String file, List<String> lines, int line, int field, String key, Problems problems) {
        if (text.isEmpty() && optional) return Double.NaN;
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(CsvPlaces.at(file, lines, line, field), key, "found " + Binder.quote(text) + "; expected a number" + (optional ? " or nothing" : ""));
        return Double.NaN;
    }
}
