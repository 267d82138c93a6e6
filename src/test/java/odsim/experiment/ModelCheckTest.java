package odsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import odsim.experiment.ModelCheck.Figure;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The shipped baseline agrees with every published figure of docs/validation.md, at the size that
 * file is written at (100,000 agents, 4 replications): each mean inside its range, and where the
 * range has two ends, the 95% interval of the mean narrower than half the range, so that noise
 * alone could not carry a figure across it.
 */
class ModelCheckTest {
    @Test
    void everyFigureAgrees() {
        List<Figure> figures = ModelCheck.run(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).withAgents(100_000), 4, 2);
        assertTrue(figures.size() >= 18, "every figure is checked");
        StringBuilder out = new StringBuilder();
        for (Figure f : figures) {
            boolean narrow = !Double.isFinite(f.low()) || !Double.isFinite(f.high())
                    || f.model().upper95() - f.model().lower95() < (f.high() - f.low());
            if (!f.agrees() || !narrow) out.append(f.what()).append(": ").append(f.value()).append(", agreeing ").append(f.range()).append('\n');
        }
        assertTrue(out.length() == 0, "figures outside their range or too noisy to tell:\n" + out);
    }
}
