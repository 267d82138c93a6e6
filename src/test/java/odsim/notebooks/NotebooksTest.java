package odsim.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook in {@code notebooks/} runs from top to bottom with Jupyter (Debian's
 * {@code python3-nbconvert}), calling odsim through this build's classes. A cell that fails
 * (odsim exits non-zero, a measure the notebook reads is gone, a plot breaks) fails the test.
 * Without Jupyter the test is skipped on a developer's machine, but fails under CI, which
 * installs it ({@code .ci/run}).
 */
class NotebooksTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    static Stream<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void runsFromTopToBottom(Path notebook, @TempDir Path out) throws Exception {
        boolean jupyter = Files.isExecutable(PYTHON) && exitCode(List.of(PYTHON.toString(), "-c", "import nbconvert, nbclient, ipykernel, pandas, matplotlib")) == 0;
        if (System.getenv("CI") == null) assumeTrue(jupyter, "Jupyter (python3-nbconvert, ipykernel, pandas, matplotlib) is not installed");
        assertTrue(jupyter, "CI must install Jupyter to run the notebooks (see .ci/run)");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=600", "--output-dir", out.toString(), notebook.toString())
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("nbconvert.log").toFile());
        pb.environment().put("ODSIM_CMD", java + " -cp " + System.getProperty("java.class.path") + " odsim.cli.Main");
        pb.environment().put("ODSIM_NOTEBOOK_OUT", out.resolve("results").toString());
        Process p = pb.start();
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        if (!finished) p.destroyForcibly();
        String log = Files.readString(out.resolve("nbconvert.log"), StandardCharsets.UTF_8);
        assertTrue(finished, notebook + " did not finish in 10 minutes:\n" + log);
        assertEquals(0, p.exitValue(), notebook + " failed:\n" + log);
        String executed = Files.readString(out.resolve(notebook.getFileName()), StandardCharsets.UTF_8);
        assertTrue(executed.contains("image/png"), notebook + " drew no chart");
    }

    private static int exitCode(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }
}
