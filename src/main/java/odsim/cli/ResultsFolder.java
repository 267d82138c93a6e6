package odsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What a results folder holds: empty or not, odsim's results or not, and emptying one for --overwrite. */
final class ResultsFolder {
    /** Files that only an odsim run or comparison writes at a folder's top or one folder down. */
    private static final List<String> MARKS = List.of("scenario.yaml", "summary.csv", "comparison.csv");

    private ResultsFolder() {}

    static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
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
                if (!p.equals(dir)) Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(dir + ": cannot empty the folder for --overwrite (" + e.getMessage() + ")");
        }
    }
}
