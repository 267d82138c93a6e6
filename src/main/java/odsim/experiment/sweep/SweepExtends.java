package odsim.experiment.sweep;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import odsim.scenario.ScenarioException;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.YNode;
import odsim.scenario.YamlTree;

/**
 * {@code extends: FILE} in a sweep file: the keys of another sweep file (relative to this one)
 * are this one's, except those it gives itself, each of which replaces the other's whole; a key
 * given empty ({@code around: ~}) drops it. A calibration's later rounds say only what differs from
 * the first (the design seed, the ranges narrowed around its sets, the re-check's design) instead
 * of copying its parameters and targets. Paths in keys taken from the other file ({@code base},
 * {@code targetsFile}, {@code ensemble}, {@code around.ensemble}) stay relative to the file that
 * wrote them, and every key keeps the place it was written, for errors.
 */
final class SweepExtends {
    /** The longest chain of files followed: far more than any calibration's rounds. */
    static final int MAX_CHAIN = 16;

    private SweepExtends() {}

    /** The sweep file's tree with {@code extends} resolved. */
    static YNode resolve(Path file) {
        return resolve(file, new ArrayList<>());
    }

    private static YNode resolve(Path file, List<Path> chain) {
        chain.add(ScenarioLoader.identity(file));
        YNode tree = YamlTree.read(file);
        if (!(tree instanceof YNode.Mapping map) || map.get("extends") == null) return tree;
        LinkedHashMap<String, YNode.Entry> own = new LinkedHashMap<>(map.entries());
        YNode.Entry ext = own.remove("extends");
        Path parentFile = ScenarioLoader.extendsTarget(file, ext, chain, MAX_CHAIN, "sweep file");
        YNode parent = resolve(parentFile, chain);
        if (!(parent instanceof YNode.Mapping pm)) {
            throw new ScenarioException(parent.mark() + ": a sweep file is a mapping of keys, found " + YNode.kind(parent));
        }
        // A scenario is named under base, not extended: say so instead of listing its keys as unknown.
        if (!SweepFile.looksLikeSweep(pm)) {
            throw new ScenarioException(ext.value().mark() + ": extends: " + parentFile + " is not a sweep file (none of its keys is a "
                    + "sweep's); allowed: another sweep file; a sweep names the scenario it starts from under base: " + parentFile.getFileName());
        }
        LinkedHashMap<String, YNode.Entry> out = new LinkedHashMap<>();
        for (Map.Entry<String, YNode.Entry> e : pm.entries().entrySet()) {
            out.put(e.getKey(), new YNode.Entry(e.getValue().keyMark(), relativeTo(parentFile, file, e.getKey(), e.getValue().value())));
        }
        for (Map.Entry<String, YNode.Entry> e : own.entrySet()) {
            if (e.getValue().value() instanceof YNode.Scalar s && s.text() == null) out.remove(e.getKey());
            else out.put(e.getKey(), e.getValue());
        }
        return new YNode.Mapping(out, map.mark());
    }

    /** A key taken from {@code from}, its paths rewritten to name the same files from {@code to}. */
    private static YNode relativeTo(Path from, Path to, String key, YNode value) {
        if (from.toAbsolutePath().getParent().equals(to.toAbsolutePath().getParent())) return value;
        if (List.of("base", "targetsFile", "ensemble").contains(key)) return path(from, value);
        if (key.equals("around") && value instanceof YNode.Mapping m && m.get("ensemble") != null) {
            LinkedHashMap<String, YNode.Entry> out = new LinkedHashMap<>(m.entries());
            YNode.Entry e = out.get("ensemble");
            out.put("ensemble", new YNode.Entry(e.keyMark(), path(from, e.value())));
            return new YNode.Mapping(out, m.mark());
        }
        return value;
    }

    private static YNode path(Path from, YNode value) {
        if (!(value instanceof YNode.Scalar s) || s.text() == null) return value; // the binder says what is wrong with it
        try {
            return new YNode.Scalar(from.toAbsolutePath().resolveSibling(s.text().trim()).normalize().toString(), s.mark());
        } catch (InvalidPathException e) {
            return value; // reported where the path is read
        }
    }
}
