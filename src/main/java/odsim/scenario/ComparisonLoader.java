package odsim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a comparison file strictly, like a scenario: unknown keys, wrong types, values out of
 * range, a missing baseline or alternatives and files that do not exist are problems naming the
 * file, line, column and key, all reported at once.
 */
public final class ComparisonLoader {
    /**
     * A comparison ready to run: its settings, the scenario files (resolved against the
     * comparison file's folder) and the horizon that overrides the scenarios', if the file sets one.
     */
    public record Plan(ComparisonFile settings, Path baseline, List<Path> alternatives, Horizon horizonOverride, Path ensemble) {}

    private ComparisonLoader() {}

    /** True when the file is a comparison (a mapping with a top-level {@code baseline} key), not a scenario. */
    public static boolean isComparisonFile(Path file) {
        try {
            return YamlTree.read(file) instanceof YNode.Mapping m && m.get("baseline") != null;
        } catch (ScenarioException e) {
            return false; // not readable as YAML: let the scenario loader report why
        }
    }

    public static Plan load(Path file) {
        YNode tree = YamlTree.read(file);
        if (!(tree instanceof YNode.Mapping map)) {
            throw new ScenarioException(tree.mark() + ": a comparison file must be a mapping of keys, found " + YNode.kind(tree));
        }
        if (map.get("name") == null) {
            String n = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            map.entries().put("name", new YNode.Entry(map.mark(), new YNode.Scalar(n, map.mark())));
        }
        Problems problems = new Problems();
        ComparisonFile settings = new Binder(problems).bind(ComparisonFile.class, map, "");
        Path baseline = null;
        List<Path> alternatives = new ArrayList<>();
        YNode base = map.get("baseline");
        if (base == null) problems.add(map.mark(), "baseline", "required: the baseline scenario file, relative to this file");
        else baseline = scenarioFile(file, base, "baseline", problems);
        YNode alts = map.get("alternatives");
        if (alts == null || alts instanceof YNode.Sequence s && s.items().isEmpty()) {
            problems.add(alts == null ? map.mark() : alts.mark(), "alternatives", "required: a list of one or more scenario files, relative to this file");
        } else if (alts instanceof YNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) alternatives.add(scenarioFile(file, s.items().get(i), "alternatives[" + i + "]", problems));
        }
        YNode ens = map.get("ensemble");
        Path ensemble = ens == null ? null : existingFile(file, ens, "ensemble", "ensemble", problems);
        problems.throwIfAny();
        Horizon horizon = map.get("horizon") != null ? settings.horizon() : null;
        return new Plan(settings, baseline, List.copyOf(alternatives), horizon, ensemble);
    }

    /** The settings of a comparison file that sets nothing: every default. */
    public static ComparisonFile defaults() {
        Problems problems = new Problems();
        ComparisonFile f = new Binder(problems).bind(ComparisonFile.class, null, "");
        problems.throwIfAny();
        return f;
    }

    private static Path scenarioFile(Path comparison, YNode node, String key, Problems problems) {
        return existingFile(comparison, node, key, "scenario", problems);
    }

    /** The file {@code node} names, relative to the comparison file; null, with a problem, if it is not a readable regular file. */
    private static Path existingFile(Path comparison, YNode node, String key, String what, Problems problems) {
        if (!(node instanceof YNode.Scalar s) || s.text() == null || s.text().isBlank()) return null; // the binder reported it
        try {
            Path p = comparison.resolveSibling(s.text().trim()).normalize();
            if (!Files.isRegularFile(p)) {
                String why = YamlTree.whyUnreadable(p);
                problems.add(node.mark(), key, what + " " + (why != null ? why : "is not a regular file") + ": " + p);
                return null;
            }
            return p;
        } catch (InvalidPathException e) {
            problems.add(node.mark(), key, "not a file path: " + Binder.quote(s.text()));
            return null;
        }
    }
}
