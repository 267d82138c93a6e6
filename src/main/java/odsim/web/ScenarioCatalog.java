package odsim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;

/**
 * The scenarios a browser may pick, each by a fixed id: the teaching exercises, the baseline,
 * one per lever and the packages, bundled in the jar from {@code scenarios/} (the pom copies
 * them), and the scenario file the teacher named when starting the server, if any. They are
 * loaded once, at start-up; a browser never names a file.
 */
public final class ScenarioCatalog {
    /** The shipped scenarios offered, in the order the page lists them (ScenarioCatalogTest checks it against scenarios/). */
    static final List<String> SHIPPED = List.of(
            "teaching/fentanyl-arrives", "teaching/release-from-jail", "teaching/naloxone-and-opc",
            "baseline",
            "levers/naloxone", "levers/opc", "levers/decriminalization", "levers/police-diversion", "levers/policing-intensity",
            "levers/supply-crackdown", "levers/safe-supply", "levers/compassion-club", "levers/medication", "levers/drug-checking",
            "levers/sterile-supplies", "levers/record-clearing", "levers/root-causes", "levers/rehab-expansion", "levers/prescribing-restrictions",
            "packages/health-first", "packages/punitive");

    /** A scenario offered: its id, the group the page lists it under, where it is on the command line, and the scenario. */
    public record Entry(String id, String group, String file, Scenario scenario) {}

    private final Map<String, Entry> entries;
    private final String first;

    private ScenarioCatalog(Map<String, Entry> entries, String first) {
        this.entries = entries;
        this.first = first;
    }

    /**
     * The shipped scenarios, with {@code teacherFile} (may be null) first as id {@code yours}.
     *
     * @throws odsim.scenario.ScenarioException if the teacher's file has problems
     */
    public static ScenarioCatalog load(Path teacherFile) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (teacherFile != null) {
            entries.put("yours", new Entry("yours", "Given at start-up", teacherFile.toString(), ScenarioLoader.load(teacherFile)));
        }
        Path dir = unpack();
        try {
            for (String id : SHIPPED) {
                Scenario s = ScenarioLoader.load(dir.resolve(id + ".yaml"));
                entries.put(id, new Entry(id, group(id), "scenarios/" + id + ".yaml", s));
            }
        } finally {
            RunBook.delete(dir);
        }
        return new ScenarioCatalog(entries, teacherFile != null ? "yours" : SHIPPED.get(0));
    }

    private static String group(String id) {
        if (id.startsWith("teaching/")) return "Teaching exercises";
        if (id.startsWith("levers/")) return "One lever against the baseline";
        if (id.startsWith("packages/")) return "Packages of policies";
        return "The baseline";
    }

    /** The scenario with this id, or null if none has it. */
    public Entry get(String id) {
        return id == null ? null : entries.get(id);
    }

    public List<Entry> all() {
        return List.copyOf(entries.values());
    }

    /** The scenario the page shows first. */
    public Entry first() {
        return entries.get(first);
    }

    /** Copies the bundled scenario files to a temporary folder, keeping their folders ({@code extends: ../baseline.yaml}). */
    private static Path unpack() {
        try {
            Path dir = Files.createTempDirectory("odsim-scenarios");
            for (String id : SHIPPED) {
                Path file = dir.resolve(id + ".yaml");
                Files.createDirectories(file.getParent());
                try (InputStream in = ScenarioCatalog.class.getResourceAsStream("scenarios/" + id + ".yaml")) {
                    if (in == null) throw new IllegalStateException("scenario " + id + " is not bundled in the jar (see the pom's resources)");
                    Files.copy(in, file);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled scenarios: " + e.getMessage(), e);
        }
    }
}
