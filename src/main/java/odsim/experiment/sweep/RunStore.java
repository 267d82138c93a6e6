package odsim.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.UUID;

/**
 * The {@code runs/} folder of a sweep: one file per finished run, {@code run-00000042.csv},
 * holding that run's rows. A file is written to a temporary name, forced to disk and renamed
 * atomically, so at any moment a run is either wholly stored or not at all: a process killed
 * mid-write leaves only a temporary file, which is ignored and removed on resume.
 */
public final class RunStore {
    private static final String PREFIX = "run-", SUFFIX = ".csv", TEMPORARY = ".tmp";
    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path file(int run) {
        return dir.resolve(String.format("%s%08d%s", PREFIX, run, SUFFIX));
    }

    /** Stores one run's rows atomically; writing a run again replaces it whole. */
    public void write(int run, String rows) {
        Path tmp = dir.resolve("." + PREFIX + run + "-" + UUID.randomUUID() + TEMPORARY);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(rows.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            Files.move(tmp, file(run), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is ignored anyway
            }
            throw new UncheckedIOException(e);
        }
    }

    /** The runs stored, below {@code runCount}; anything else in the folder is ignored. */
    public BitSet stored(int runCount) {
        BitSet done = new BitSet(runCount);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                int run = runNumber(f.getFileName().toString());
                if (run >= 0 && run < runCount) done.set(run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done;
    }

    /**
     * The runs stored whole, below the sweep's run count: a run file emptied, cut short or holding
     * another run's rows (a disk that failed, a hand that edited it) is removed, so that the run is
     * done again, and counted in {@code removed}.
     */
    public BitSet storedWhole(Sweep sweep, java.util.concurrent.atomic.AtomicInteger removed) {
        BitSet done = stored(sweep.runCount());
        for (int run = done.nextSetBit(0); run >= 0; run = done.nextSetBit(run + 1)) {
            try {
                String text = Files.readString(file(run), StandardCharsets.UTF_8);
                if (RunRows.isWhole(text, sweep.pointOf(run), sweep.replicationOf(run), sweep.file().measures())) continue;
            } catch (IOException e) {
                // unreadable: as good as absent
            }
            done.clear(run);
            try {
                Files.deleteIfExists(file(run));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (removed != null) removed.incrementAndGet();
        }
        return done;
    }

    /** Removes temporary files left by a process that was stopped while writing. */
    public int removeTemporary() {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TEMPORARY)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
                removed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    static int runNumber(String name) {
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || name.length() != PREFIX.length() + 8 + SUFFIX.length()) return -1;
        try {
            return Integer.parseInt(name.substring(PREFIX.length(), PREFIX.length() + 8));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
