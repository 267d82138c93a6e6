package odsim.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import odsim.scenario.ScenarioException;

/**
 * A sweep's folder: {@code sweep.yaml} (the sweep as it runs from here), {@code base.yaml} (its
 * base scenario, every parameter written out), {@code fingerprint.txt} (what the results depend
 * on), {@code runs/} (one file per finished run), {@code sets.csv} (an ensemble design's
 * parameter sets, its points), and once every run is in:
 * {@code results.csv}, {@code points.csv} and the chart.
 */
public record SweepFolder(Path dir) {
    public static final String SWEEP = "sweep.yaml", BASE = "base.yaml", FINGERPRINT = "fingerprint.txt", RUNS = "runs", SETS = "sets.csv";

    public boolean holdsSweep() {
        return Files.isRegularFile(dir.resolve(FINGERPRINT));
    }

    public RunStore store() {
        return new RunStore(dir.resolve(RUNS));
    }

    public String fingerprint() {
        try {
            return Files.readString(dir.resolve(FINGERPRINT), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new ScenarioException(dir + ": not a sweep folder (no " + FINGERPRINT + ")");
        }
    }

    /** Loads the sweep this folder holds, checking it still has the fingerprint it was started with. */
    public Sweep load() {
        if (!holdsSweep()) throw new ScenarioException(dir + ": not a sweep folder (no " + FINGERPRINT + ")");
        Sweep sweep = Sweep.of(SweepFile.load(dir.resolve(SWEEP)));
        if (!sweep.fingerprint().equals(fingerprint())) {
            throw new ScenarioException(dir.resolve(SWEEP) + ": differs from the sweep this folder was started with (fingerprint "
                    + fingerprint() + "); start a new folder instead");
        }
        return sweep;
    }

    /** Writes the sweep, its base scenario and its fingerprint (a new folder). */
    public void create(Sweep sweep, String from) {
        try {
            Files.createDirectories(dir.resolve(RUNS));
            // An ensemble design's points: the folder's own copy, so it resumes and merges without the file it came from.
            if (sweep.file().sets() != null && !sweep.file().sets().file().toAbsolutePath().normalize().equals(dir.resolve(SETS).toAbsolutePath().normalize())) {
                Files.copy(sweep.file().sets().file(), dir.resolve(SETS), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(dir.resolve(BASE), sweep.baseYaml("Base scenario of sweep " + sweep.name() + " (from " + from
                    + "), every parameter written out."), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(SWEEP), sweep.resolvedYaml("Sweep " + sweep.name() + " resolved by odsim 0.1.0 from " + from
                    + ".\nResume: odsim sweep --resume " + dir), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(FINGERPRINT), sweep.fingerprint() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
