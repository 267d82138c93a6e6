package odsim.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside it, then renamed over
 * it in one step. A full disk or a stopped process leaves the earlier file (or none), never a file
 * cut short that looks complete.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writes the file's text (UTF-8). */
    @FunctionalInterface
    public interface TextBody {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * A file being written, for code that writes it in a loop: {@link #writer} or {@link #stream},
     * then {@link #commit}; closed without a commit, nothing is left behind.
     */
    public static final class Output implements AutoCloseable {
        private final Path target, temp;
        private final OutputStream stream;
        private Writer writer;
        private boolean committed;

        private Output(Path target) throws IOException {
            this.target = target;
            this.temp = temporary(target);
            this.stream = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        }

        public OutputStream stream() {
            return stream;
        }

        public Writer writer() {
            if (writer == null) writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            return writer;
        }

        /** Makes the file whole under its name. */
        public void commit() throws IOException {
            if (writer != null) writer.flush();
            stream.close();
            move(temp, target);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (committed) return;
            try {
                stream.close();
            } catch (IOException ignored) {
                // the failure that stopped the writing is the one to report
            }
            Files.deleteIfExists(temp);
        }
    }

    public static Output open(Path target) throws IOException {
        return new Output(target);
    }

    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void write(Path target, Body body) throws IOException {
        try (Output out = open(target)) {
            body.writeTo(out.stream());
            out.commit();
        }
    }

    public static void writeText(Path target, TextBody body) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.writeTo(w);
            w.flush();
        });
    }

    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    /** Lines, each ended by a line break. */
    public static void writeLines(Path target, List<String> lines) throws IOException {
        writeText(target, w -> {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        });
    }
}
