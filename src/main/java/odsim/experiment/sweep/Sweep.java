package odsim.experiment.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioException;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.ScenarioWriter;
import odsim.scenario.YNode;

/**
 * A sweep ready to run: its points and the scenario of each. Runs are numbered
 * {@code point * replications + replication}. Replication r of every point runs with the same
 * seed (common random numbers across points), so differences between points come from the
 * parameters, not from noise.
 */
public final class Sweep {
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private final SweepFile file;
    private final YNode baseTree;
    private final Scenario base;
    private final List<Point> points;

    private Sweep(SweepFile file, YNode baseTree, Scenario base, List<Point> points) {
        this.file = file;
        this.baseTree = baseTree;
        this.base = base;
        this.points = points;
    }

    /** Resolves the base scenario and checks every level of every parameter against it. */
    public static Sweep of(SweepFile file) {
        YNode tree = ScenarioLoader.resolve(file.base());
        String name = ScenarioLoader.stem(file.base());
        Scenario base = finish(ScenarioLoader.bind(tree, name, file.set()), file);
        Set<String> problems = new LinkedHashSet<>();
        for (SweepParameter p : file.parameters()) {
            List<YNode> values = new ArrayList<>();
            if (p.isRange()) {
                values.add(new YNode.Scalar(odsim.results.Csv.number(p.range().min()), p.mark()));
                values.add(new YNode.Scalar(odsim.results.Csv.number(p.range().max()), p.mark()));
            } else {
                for (Level l : p.levels()) values.add(l.value());
            }
            for (YNode v : values) {
                List<ParameterOverride> o = new ArrayList<>(file.set());
                o.add(new ParameterOverride(p.path(), v, p.mark()));
                try {
                    ScenarioLoader.bind(tree, name, o);
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        int first = base.horizon().start().getYear(), last = base.horizon().end().getYear();
        for (Target t : file.targets()) {
            if (t.period().equals("total")) continue;
            int year = Integer.parseInt(t.period());
            if (year < first || year > last) {
                problems.add(t.mark() + ": targets: " + t.measure() + " in " + year + " is outside the horizon; allowed: a year from " + first
                        + " to " + last + ", or total");
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(List.copyOf(problems));
        List<Point> points = file.sets() != null ? file.sets().points() : file.design().points(file.parameters(), file.samples(), file.designSeed());
        return new Sweep(file, tree, base, points);
    }

    private static Scenario finish(Scenario s, SweepFile file) {
        if (file.seed() != null) s = s.withSeed(file.seed());
        if (file.agents() != null && file.agents() != s.population().agents()) s = s.withAgents(file.agents());
        return s;
    }

    public SweepFile file() {
        return file;
    }

    public String name() {
        return file.name();
    }

    public List<Point> points() {
        return points;
    }

    public int replications() {
        return file.replications();
    }

    public int runCount() {
        return points.size() * file.replications();
    }

    public Point pointOf(int run) {
        return points.get(run / file.replications());
    }

    /** A point's name in what the sweep writes: its index, or for an ensemble design the set's name in its file. */
    public String pointName(int point) {
        return file.sets() != null ? file.sets().names().get(point) : Integer.toString(point);
    }

    public int replicationOf(int run) {
        return run % file.replications();
    }

    /** The seed every point's replications derive from (the base scenario's, or the sweep's {@code seed}). */
    public long seed() {
        return base.seed();
    }

    /** The scenario of a point: the base with {@code set} and the point's levels, the sweep's seed and agents. */
    public Scenario scenario(Point point) {
        List<ParameterOverride> o = new ArrayList<>(file.set());
        for (int k = 0; k < point.levels().size(); k++) {
            SweepParameter p = file.parameters().get(k);
            o.add(new ParameterOverride(p.path(), point.levels().get(k).value(), p.mark()));
        }
        return finish(ScenarioLoader.bind(baseTree, base.name(), o), file).withSeed(base.seed());
    }

    /** The base scenario with every parameter written out ({@code base.yaml} of a sweep folder). */
    public String baseYaml(String header) {
        return ScenarioWriter.toYaml(base, header);
    }

    /**
     * The sweep as it runs from its folder: the same points, with {@code base: base.yaml} (which
     * already holds {@code set}, the seed and the agents).
     */
    public String resolvedYaml(String header) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", file.name());
        if (!file.description().isEmpty()) out.put("description", file.description());
        out.put("base", "base.yaml");
        out.put("replications", file.replications());
        out.put("design", file.design().label());
        if (file.design().sampled()) {
            out.put("samples", file.samples());
            out.put("designSeed", file.designSeed());
        }
        // An ensemble design's sets are copied beside the folder's sweep.yaml, which names the copy.
        if (file.sets() != null) out.put("ensemble", SweepFolder.SETS);
        Map<String, Object> params = new LinkedHashMap<>();
        for (SweepParameter p : file.parameters()) {
            if (p.isRange()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("min", p.range().min());
                r.put("max", p.range().max());
                if (p.range().integer()) r.put("integer", true);
                params.put(p.path(), r);
            } else {
                Map<String, Object> levels = new LinkedHashMap<>();
                for (Level l : p.levels()) levels.put(l.label(), plain(l.value()));
                params.put(p.path(), levels);
            }
        }
        if (file.sets() == null) out.put("parameters", params);
        out.put("measures", file.measures());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("measure", file.chart().measure());
        chart.put("x", file.chart().x());
        if (file.chart().series() != null) chart.put("series", file.chart().series());
        if (file.chart().y() != null) chart.put("y", file.chart().y());
        if (file.chart().relative()) chart.put("relative", true);
        out.put("chart", chart);
        if (!file.targets().isEmpty()) {
            List<Map<String, Object>> targets = new ArrayList<>();
            for (Target t : file.targets()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("measure", t.measure());
                m.put("period", t.period());
                m.put("value", t.value());
                if (t.hasRange()) {
                    m.put("lower", t.lower());
                    m.put("upper", t.upper());
                }
                m.put("source", t.source());
                targets.add(m);
            }
            out.put("targets", targets);
        }
        if (file.ensembleClosest() != null) out.put("ensembleClosest", file.ensembleClosest());
        if (file.distance() != Distance.LEVELS) out.put("distance", file.distance().label());
        if (file.holdOutFrom() != null) out.put("holdOutFrom", file.holdOutFrom());
        if (file.rejectBeyond() != null) out.put("rejectBeyond", file.rejectBeyond());
        try {
            StringBuilder sb = new StringBuilder();
            for (String line : header.split("\n")) sb.append("# ").append(line).append('\n');
            return sb.append(YAML.writeValueAsString(out)).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A digest of everything that decides the runs' results: the resolved base scenario, the seed,
     * the replications, the measures and every point's values. A folder only resumes or merges
     * with a sweep of the same fingerprint.
     */
    public String fingerprint() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(ScenarioWriter.toYaml(base, "base").getBytes(StandardCharsets.UTF_8));
            d.update(("\nreplications=" + file.replications() + "\nmeasures=" + file.measures() + "\nparameters="
                    + file.parameterPaths() + "\n").getBytes(StandardCharsets.UTF_8));
            // Early rejection decides which rows a run writes; without it the digest is as it always was.
            // The fitted targets decide where a history stops, so they are part of its results too.
            if (file.rejectBeyond() != null) {
                StringBuilder sb = new StringBuilder("rejectBeyond=" + file.rejectBeyond() + "\n");
                for (Target t : file.fitted()) sb.append(t.label()).append('=').append(t.value()).append(',').append(t.lower()).append(',').append(t.upper()).append('\n');
                d.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            for (Point p : points) {
                StringBuilder sb = new StringBuilder().append(p.index());
                for (Level l : p.levels()) sb.append('|').append(l.label()).append('=').append(canonical(l.value()));
                d.update(sb.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object plain(YNode node) {
        if (node instanceof YNode.Scalar s) return s.text();
        if (node instanceof YNode.Sequence q) return q.items().stream().map(Sweep::plain).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        ((YNode.Mapping) node).entries().forEach((k, e) -> m.put(k, plain(e.value())));
        return m;
    }

    private static String canonical(YNode node) {
        if (node instanceof YNode.Scalar s) return s.text() == null ? "~" : '"' + s.text().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        if (node instanceof YNode.Sequence q) return q.items().stream().map(Sweep::canonical).toList().toString();
        StringBuilder sb = new StringBuilder("{");
        ((YNode.Mapping) node).entries().forEach((k, e) -> sb.append(canonical(new YNode.Scalar(k, null))).append(':').append(canonical(e.value())).append(','));
        return sb.append('}').toString();
    }
}
