package odsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import odsim.experiment.ModelCheck.Figure;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The shipped baseline against every published figure of docs/validation.md, at the size that
 * file is written at (100,000 agents, 4 replications): each mean inside its range, and where the
 * range has two ends, the 95% interval of the mean narrower than the range, so that noise alone
 * could not carry a figure across it; or, for a figure known to disagree, its measured reason
 * written down ({@link ModelCheck#WHY_IT_DISAGREES}), and no reason kept for a figure that agrees.
 */
class ModelCheckTest {
    @Test
    void everyFigureAgreesOrSaysWhyNot() {
        List<Figure> figures = ModelCheck.run(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).withAgents(100_000), 4, 2);
        assertTrue(figures.size() >= 18, "every figure is checked");
        StringBuilder out = new StringBuilder();
        for (Figure f : figures) {
            boolean narrow = !Double.isFinite(f.low()) || !Double.isFinite(f.high())
                    || f.model().upper95() - f.model().lower95() < (f.high() - f.low());
            if (!f.agrees() && ModelCheck.WHY_IT_DISAGREES.containsKey(f.what())) continue;
            if (f.agrees() && ModelCheck.WHY_IT_DISAGREES.containsKey(f.what())) {
                out.append(f.what()).append(": agrees now (").append(f.value()).append("); remove its reason\n");
            }
            if (!f.agrees() || !narrow) out.append(f.what()).append(": ").append(f.value()).append(", agreeing ").append(f.range()).append('\n');
        }
        assertTrue(out.length() == 0, "figures outside their range without a reason, or too noisy to tell:\n" + out);
        assertTrue(figures.stream().map(Figure::what).toList().containsAll(ModelCheck.WHY_IT_DISAGREES.keySet()), "every reason names a figure");
    }
}
