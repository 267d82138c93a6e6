package odsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import odsim.experiment.sweep.RunStore;
import odsim.experiment.sweep.Sweep;
import odsim.experiment.sweep.SweepFolder;
import odsim.experiment.sweep.SweepResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Join the shards of a sweep (odsim sweep --shard I/N) into one results folder.",
            "It holds the results.csv, points.csv, sensitivity.csv and chart one machine",
            "would write, byte for byte.",
            "Every folder must hold the same sweep; a run stored twice must be identical.",
            ""})
final class MergeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard folders")
    List<Path> shards;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The merged results folder")
    Path out;

    @Override
    public Integer call() {
        try {
            return merge();
        } catch (UncheckedIOException e) {
            throw new UserError("cannot merge into " + out + ": " + e.getCause());
        }
    }

    private int merge() {
        SweepFolder first = folder(shards.get(0));
        Sweep sweep = first.load();
        for (Path dir : shards) {
            SweepFolder f = folder(dir);
            if (!f.fingerprint().equals(sweep.fingerprint())) {
                throw new UserError(dir + ": holds another sweep than " + shards.get(0) + " (fingerprints differ)");
            }
        }
        SweepFolder merged = new SweepFolder(out);
        if (merged.holdsSweep()) {
            if (!merged.fingerprint().equals(sweep.fingerprint())) throw new UserError(out + ": holds another sweep");
        } else {
            merged.create(sweep, shards.get(0).resolve(SweepFolder.SWEEP).toString());
        }
        RunStore into = merged.store();
        int copied = 0; // runs new to the merged folder
        for (Path dir : shards) {
            RunStore from = folder(dir).store();
            if (from.dir().toAbsolutePath().normalize().equals(into.dir().toAbsolutePath().normalize())) continue;
            BitSet have = from.storedWhole(sweep, null);
            for (int run = have.nextSetBit(0); run >= 0; run = have.nextSetBit(run + 1)) {
                copied += copy(from, into, run);
            }
        }
        String missing = SweepResults.missing(sweep, into);
        if (missing != null) {
            throw new UserError("the shards lack " + missing + "; run the missing shards, or finish here with: odsim sweep --resume " + out);
        }
        SweepResults.finish(sweep, merged);
        spec.commandLine().getOut().printf("merged %d shard folders (%d runs, %d copied) into %s%n", shards.size(), sweep.runCount(), copied, out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static SweepFolder folder(Path dir) {
        SweepFolder f = new SweepFolder(dir);
        if (!f.holdsSweep()) throw new UserError(dir + ": not a sweep folder (no " + SweepFolder.FINGERPRINT + ")");
        return f;
    }

    /** Copies one run unless the target has it; a run stored twice must be the same. */
    private static int copy(RunStore from, RunStore into, int run) {
        try {
            Path target = into.file(run);
            if (Files.exists(target)) {
                if (Files.mismatch(target, from.file(run)) != -1) {
                    throw new UserError("run " + run + " differs between " + from.file(run) + " and " + target);
                }
                return 0;
            }
            into.write(run, Files.readString(from.file(run), StandardCharsets.UTF_8));
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
