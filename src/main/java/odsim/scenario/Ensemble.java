package odsim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An ensemble of parameter sets, as a calibration accepts them (the sets whose histories agree
 * with every observed series): a CSV file whose first column, {@code set}, names each set and
 * whose other columns are parameter paths, with one row per set, e.g.
 *
 * <pre>
 * set,overdose.halfRatio,use.relapsePerYear
 * 17,8.6,0.11
 * 42,9.9,0.07
 * </pre>
 *
 * Comment lines ({@code #}) say where the sets come from. Run {@code r} of a scenario under an
 * ensemble of {@code K} sets uses set {@code r mod K}: every scenario compared runs set k with the
 * same seed (common random numbers within a set), and K x R runs give each set R replications.
 * Results over an ensemble hold two kinds of uncertainty at once, what the calibration leaves
 * open and chance, so their intervals are the spread of the runs, not the error of a mean.
 */
public final class Ensemble {
    public static final String SET = "set";

    /** One parameter set: its name in the file, and the values it sets, each marked with its place. */
    public record ParameterSet(String name, List<ParameterOverride> values) {}

    private final Path file;
    private final List<String> paths;
    private final List<ParameterSet> sets;
    private final List<String> comments;

    private Ensemble(Path file, List<String> paths, List<ParameterSet> sets, List<String> comments) {
        this.file = file;
        this.paths = List.copyOf(paths);
        this.sets = List.copyOf(sets);
        this.comments = List.copyOf(comments);
    }

    /** Where the ensemble was read from. */
    public Path file() {
        return file;
    }

    /** The parameter paths the sets give, in the file's order. */
    public List<String> paths() {
        return paths;
    }

    public List<ParameterSet> sets() {
        return sets;
    }

    public int size() {
        return sets.size();
    }

    /** The file's comment lines, without their {@code #}: where the sets come from. */
    public List<String> comments() {
        return comments;
    }

    /** The set run {@code r} uses. */
    public ParameterSet setOf(int run) {
        return sets.get(Math.floorMod(run, sets.size()));
    }

    /** {@code scenario} with run {@code r}'s set applied (its name and seed kept). */
    public Scenario scenarioFor(Scenario scenario, int run) {
        return ScenarioLoader.change(scenario, setOf(run).values());
    }

    /**
     * Reads an ensemble file and checks every set against {@code scenario} (each value set as a
     * scenario file's would be, so an unknown path or a value out of range names its line and
     * column here). Every problem is reported at once.
     *
     * @throws ScenarioException naming the file, line and column of each problem
     */
    public static Ensemble read(Path file, Scenario scenario) {
        Ensemble e = read(file);
        Problems problems = new Problems();
        java.util.Set<String> seen = new HashSet<>();
        for (ParameterSet set : e.sets) {
            try {
                ScenarioLoader.change(scenario, set.values());
            } catch (ScenarioException ex) {
                for (String p : ex.problems()) if (seen.add(p)) problems.add(null, null, p);
            }
            if (problems.size() >= 20) break; // the same column wrong in every row says it often enough
        }
        problems.throwIfAny();
        return e;
    }

    /** Reads an ensemble file without checking its values against a scenario. */
    public static Ensemble read(Path file) {
        String name = file.toString();
        Problems problems = new Problems();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = YamlTree.whyUnreadable(file);
            throw new ScenarioException(name + ": ensemble: " + (why != null ? why : "cannot read it (" + e.getMessage() + ")"));
        }
        List<String> lines = text.lines().toList();
        List<String> comments = new ArrayList<>();
        for (String line : lines) if (line.startsWith("#")) comments.add(line.substring(1).strip());
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<String> paths = new ArrayList<>();
        List<ParameterSet> sets = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser csv = CSVParser.parse(reader, format)) {
            List<String> header = csv.getHeaderNames();
            int headerLine = CsvPlaces.headerLine(lines);
            if (header.isEmpty() || !header.get(0).equals(SET)) {
                throw new ScenarioException(new Mark(name, headerLine, 1) + ": header: found " + Binder.quote(String.join(",", header))
                        + "; expected " + SET + " and then parameter paths, e.g. set,overdose.halfRatio,use.relapsePerYear");
            }
            if (header.size() < 2) {
                throw new ScenarioException(new Mark(name, headerLine, 1) + ": header: no parameter columns; expected " + SET
                        + " and then parameter paths, e.g. set,overdose.halfRatio,use.relapsePerYear");
            }
            Set<String> seenPaths = new HashSet<>();
            for (int k = 1; k < header.size(); k++) {
                if (!seenPaths.add(header.get(k))) {
                    problems.add(CsvPlaces.at(name, lines, headerLine, k), header.get(k), "this column is given twice");
                }
                paths.add(header.get(k));
            }
            Set<String> names = new HashSet<>();
            for (CSVRecord row : csv) {
                int line = CsvPlaces.lineOf(text, row.getCharacterPosition());
                if (row.size() != header.size()) {
                    problems.add(new Mark(name, line, 1), "row", "found " + row.size() + " values; expected " + header.size()
                            + " (" + SET + " and a value for each parameter)");
                    continue;
                }
                if (!names.add(row.get(0))) problems.add(CsvPlaces.at(name, lines, line, 0), SET, Binder.quote(row.get(0)) + " is already a set's name");
                List<ParameterOverride> values = new ArrayList<>();
                for (int k = 1; k < header.size(); k++) {
                    Mark mark = CsvPlaces.at(name, lines, line, k);
                    String value = row.get(k);
                    if (value.isEmpty()) {
                        problems.add(mark, header.get(k), "empty; every set gives every parameter of the file");
                        continue;
                    }
                    try {
                        // The path's place is the header's cell (an unknown path is named once there), the value's its own.
                        values.add(new ParameterOverride(header.get(k), new YNode.Scalar(value, mark), CsvPlaces.at(name, lines, headerLine, k)));
                    } catch (ScenarioException ex) {
                        for (String p : ex.problems()) problems.add(null, null, p);
                    }
                }
                sets.add(new ParameterSet(row.get(0), values));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ScenarioException(name + ": ensemble: not a readable CSV file: " + e.getMessage());
        }
        if (sets.isEmpty() && problems.isEmpty()) {
            problems.add(Mark.ofFile(name), "ensemble", "no parameter sets; expected one row per set (a calibration that accepted none has no ensemble)");
        }
        problems.throwIfAny();
        return new Ensemble(file, paths, sets, comments);
    }
}
