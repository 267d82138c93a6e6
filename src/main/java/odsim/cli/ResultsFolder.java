package odsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A results folder: claimed by one odsim at a time (a lock), empty or not, odsim's results or not,
 * and emptied for --overwrite.
 */
final class ResultsFolder {
    /** The lock file: present while an odsim writes the folder, removed when it is done. */
    static final String LOCK = ".odsim.lock";

    /** A folder claimed for writing; closing it lets go. */
    static final class Claim implements AutoCloseable {
        private final Path dir;
        private final FileChannel channel;
        private final FileLock lock;

        private Claim(Path dir, FileChannel channel, FileLock lock) {
            this.dir = dir;
            this.channel = channel;
            this.lock = lock;
        }

        Path dir() {
            return dir;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
                Files.deleteIfExists(dir.resolve(LOCK));
            } catch (IOException e) {
                // the results are written; a lock file left behind only marks the folder as not empty
            }
        }
    }

    /** Creates {@code dir} if need be and claims it; another odsim writing there is a {@link UserError}. */
    static Claim claim(Path dir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new UserError(dir + ": another odsim is writing results there now; wait for it to finish, or choose another --out");
            }
            return new Claim(dir, channel, lock);
        } catch (IOException e) {
            try {
                if (channel != null) channel.close();
            } catch (IOException ignored) {
                // reported below
            }
            throw new MachineError("cannot write results folder " + dir + ": " + e.getMessage());
        }
    }
    /** Files that only an odsim run or comparison writes at a folder's top or one folder down. */
    private static final List<String> MARKS = List.of("scenario.yaml", "summary.csv", "comparison.csv", "manifest.csv");

    private ResultsFolder() {}

    /** Writes the folder's manifest last: the folder is complete (see {@code odsim validate DIR}). */
    static void seal(Path dir) {
        try {
            odsim.results.Manifest.write(dir);
        } catch (IOException e) {
            throw new MachineError("cannot write " + dir.resolve(odsim.results.Manifest.FILE) + ": " + e.getMessage()
                    + "; the results are written, but the folder is not marked complete");
        }
    }

    static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.noneMatch(p -> !p.getFileName().toString().equals(LOCK));
        } catch (IOException e) {
            throw new UserError(dir + ": cannot read the folder (" + e.getMessage() + ")");
        }
    }

    static boolean looksLikeResults(Path dir) {
        try (Stream<Path> entries = Files.walk(dir, 2)) {
            return entries.anyMatch(p -> MARKS.contains(p.getFileName().toString()));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Removes what the folder holds (not the folder itself); symbolic links are removed, never followed. */
    static void empty(Path dir) {
        try (Stream<Path> entries = Files.walk(dir)) {
            for (Path p : entries.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) && !p.equals(dir.resolve(LOCK))) Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(dir + ": cannot empty the folder for --overwrite (" + e.getMessage() + ")");
        }
    }
}
