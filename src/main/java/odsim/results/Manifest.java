package odsim.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code manifest.csv}, written last into a finished results folder: every file it holds, with its
 * size and SHA-256. Its presence says the folder is complete; {@link #check} says whether every
 * file is still what was written.
 */
public final class Manifest {
    public static final String FILE = "manifest.csv";
    private static final String HEADER = "file,bytes,sha256";

    private Manifest() {}

    /** Writes the manifest of every file under {@code dir} (hidden files aside), whole or not at all. */
    public static void write(Path dir) throws IOException {
        List<String> rows = new ArrayList<>(List.of(HEADER));
        for (Path f : files(dir)) rows.add(Csv.text(name(dir, f)) + "," + Files.size(f) + "," + sha256(f));
        AtomicFile.writeLines(dir.resolve(FILE), rows);
    }

    /**
     * What differs between {@code dir} and its manifest: files missing, changed or not listed; a
     * folder without a manifest is incomplete. An empty list means the folder is whole.
     */
    public static List<String> check(Path dir) throws IOException {
        Path manifest = dir.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            return List.of(dir + ": no " + FILE + ": the run or comparison did not finish (or the folder is not odsim results)");
        }
        List<String> problems = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        List<String> rows = Files.readAllLines(manifest);
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) return List.of(manifest + ": not a manifest written by odsim");
        for (String row : rows.subList(1, rows.size())) {
            int b = row.lastIndexOf(',', row.lastIndexOf(',') - 1);
            String name = unquote(row.substring(0, b));
            String[] sizeAndHash = row.substring(b + 1).split(",");
            listed.add(name);
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) problems.add(f + ": missing");
            else if (Files.size(f) != Long.parseLong(sizeAndHash[0]) || !sha256(f).equals(sizeAndHash[1])) problems.add(f + ": changed since it was written");
        }
        for (Path f : files(dir)) if (!listed.contains(name(dir, f))) problems.add(f + ": not part of the results (added later)");
        return problems;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.equals(dir.resolve(FILE)))
                    .sorted().toList();
        }
    }

    private static String name(Path dir, Path f) {
        return dir.relativize(f).toString().replace('\\', '/');
    }

    private static String unquote(String field) {
        if (field.startsWith("\"")) field = field.substring(1, field.length() - 1).replace("\"\"", "\"");
        return field.startsWith("'") ? field.substring(1) : field;
    }

    private static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
