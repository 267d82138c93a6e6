package odsim.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario file: reads the YAML tree, resolves {@code extends:} (a path relative to the
 * file, overriding only what the file sets), and binds it strictly onto {@link Scenario}.
 * Every problem in the file is reported at once as a {@link ScenarioException}.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    public static Scenario load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads a scenario with values set by path on top of it (a sweep point, {@code --set}); each
     * override replaces what the file resolves to at its path, and its problems name its own place.
     */
    public static Scenario load(Path file, List<ParameterOverride> overrides) {
        return bind(resolve(file), stem(file), overrides);
    }

    /** The file's tree with {@code extends} resolved, not yet bound: bind it with {@link #bind}. */
    public static YNode resolve(Path file) {
        return resolve(file, new ArrayList<>());
    }

    /** Binds a resolved tree with overrides merged in, in order; {@code name} is used when the tree has none. */
    public static Scenario bind(YNode tree, String name, List<ParameterOverride> overrides) {
        for (ParameterOverride o : overrides) tree = o.applyTo(tree);
        if (tree instanceof YNode.Mapping map && map.get("name") == null) {
            LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>(map.entries());
            entries.put("name", new YNode.Entry(map.mark(), new YNode.Scalar(name, map.mark())));
            tree = new YNode.Mapping(entries, map.mark());
        }
        Problems problems = new Problems();
        Scenario s = new Binder(problems).bind(Scenario.class, tree, "");
        problems.throwIfAny();
        return s;
    }

    /**
     * {@code s} with values set by path, checked like a scenario file's (an unknown path or a
     * value out of range is a {@link ScenarioException}): written out with every parameter, the
     * values merged in, bound again.
     */
    public static Scenario change(Scenario s, List<ParameterOverride> changes) {
        YNode tree = YamlTree.parse(s.name(), ScenarioWriter.toYaml(s, ""));
        return bind(tree, s.name(), changes);
    }

    /**
     * Binds a scenario given as YAML text (tests, the GUI). Several layers merge like
     * {@code extends}: each later layer overrides what it sets in the ones before.
     */
    public static Scenario parse(String name, String... layers) {
        YNode tree = null;
        for (String layer : layers) {
            YNode next = YamlTree.parse(name, layer);
            tree = tree == null ? next : merge(tree, next);
        }
        Problems problems = new Problems();
        Scenario s = new Binder(problems).bind(Scenario.class, tree, "");
        problems.throwIfAny();
        return s;
    }

    /** A scenario with every default: what a file containing only {@code name: NAME} gives. */
    public static Scenario defaults(String name) {
        return parse("defaults", "name: " + name + "\n");
    }

    /** The longest chain of {@code extends} followed: far more than any real layering, far less than a stack holds. */
    static final int MAX_EXTENDS = 64;

    private static YNode resolve(Path file, List<Path> chain) {
        chain.add(identity(file));
        YNode tree = YamlTree.read(file);
        if (!(tree instanceof YNode.Mapping map)) {
            throw new ScenarioException(tree.mark() + ": a scenario must be a mapping of keys, found " + YNode.kind(tree));
        }
        YNode.Entry ext = map.entries().remove("extends");
        if (ext == null) return map;
        Path parentFile = extendsTarget(file, ext, chain, MAX_EXTENDS, "scenario file");
        YNode parent = resolve(parentFile, chain);
        // A file that is no scenario (one with secrets, say) is named, not echoed key by key.
        if (parent instanceof YNode.Mapping pm && !pm.entries().isEmpty() && pm.entries().keySet().stream().noneMatch(SCENARIO_KEYS::contains)) {
            throw new ScenarioException(ext.value().mark() + ": extends: " + parentFile + " is not a scenario file: none of its keys is a "
                    + "scenario's; allowed: a scenario file such as scenarios/baseline.yaml");
        }
        return merge(parent, map);
    }

    /**
     * The file an {@code extends} entry of {@code file} names, checked: a readable regular file,
     * not already in {@code chain} (the files followed so far, {@code file} last), the chain no
     * longer than {@code max}. Each problem names the entry's place; {@code kind} says what the
     * file should be ("scenario file", "sweep file"). Scenario and sweep files extend alike.
     */
    public static Path extendsTarget(Path file, YNode.Entry ext, List<Path> chain, int max, String kind) {
        if (!(ext.value() instanceof YNode.Scalar s) || s.text() == null || s.text().isBlank()) {
            throw new ScenarioException(ext.keyMark() + ": extends: expected the path of another " + kind);
        }
        Path parentFile;
        try {
            parentFile = file.resolveSibling(s.text().trim()).normalize();
        } catch (InvalidPathException e) { // e.g. a NUL written as "\0" in a quoted value
            throw new ScenarioException(ext.value().mark() + ": extends: not a file path: " + Binder.quote(s.text()));
        }
        String unreadable = YamlTree.whyUnreadable(parentFile);
        if (unreadable != null) throw new ScenarioException(ext.value().mark() + ": extends: " + unreadable + ": " + parentFile);
        if (java.nio.file.Files.isDirectory(parentFile)) {
            throw new ScenarioException(ext.value().mark() + ": extends: is a folder, not a " + kind + ": " + parentFile);
        }
        if (!java.nio.file.Files.isRegularFile(parentFile)) {
            throw new ScenarioException(ext.value().mark() + ": extends: not a regular file (a device, pipe or socket): " + parentFile);
        }
        if (chain.size() >= max) {
            throw new ScenarioException(ext.value().mark() + ": extends: more than " + max
                    + " files extend one another from " + chain.get(0).getFileName() + "; allowed: a chain of up to " + max);
        }
        // Checked here rather than on entering the parent, so the message points at this 'extends'.
        if (chain.contains(identity(parentFile))) {
            List<String> names = new ArrayList<>();
            for (Path p : chain) names.add(p.getFileName().toString());
            names.add(parentFile.getFileName().toString());
            throw new ScenarioException(ext.value().mark() + ": extends: forms a cycle: " + String.join(" -> ", names));
        }
        return parentFile;
    }

    /** The top-level keys a scenario may have. */
    private static final java.util.Set<String> SCENARIO_KEYS = java.util.Arrays.stream(Scenario.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());

    /** The child's keys override the parent's; sections merge key by key, values and curves replace. */
    static YNode merge(YNode parent, YNode child) {
        if (parent instanceof YNode.Mapping p && child instanceof YNode.Mapping c && c.get("points") == null) {
            LinkedHashMap<String, YNode.Entry> out = new LinkedHashMap<>(p.entries());
            for (Map.Entry<String, YNode.Entry> e : c.entries().entrySet()) {
                YNode.Entry old = out.get(e.getKey());
                YNode value = old == null ? e.getValue().value() : merge(old.value(), e.getValue().value());
                out.put(e.getKey(), new YNode.Entry(e.getValue().keyMark(), value));
            }
            return new YNode.Mapping(out, c.mark());
        }
        return child;
    }

    /** A file as a chain of {@code extends} records it: absolute and normalised. */
    public static Path identity(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** The file name without its extension: a scenario's name when it gives none. */
    public static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
