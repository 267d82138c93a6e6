package odsim.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import odsim.gui.ChartedMeasures;
import odsim.gui.Lever;
import odsim.scenario.DatedCurve;
import odsim.scenario.ParameterReference;
import odsim.scenario.Scenario;

/** What the page is told before any run: the scenarios it offers, the levers with their plain words, the server's caps; a scenario's settings. */
final class PageData {
    private PageData() {}

    static Map<String, Object> setup(ScenarioCatalog catalog, WebSettings settings) {
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ScenarioCatalog.Entry e : catalog.all()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", e.id());
            s.put("group", e.group());
            s.put("name", e.scenario().name());
            s.put("description", e.scenario().description().equals("-") ? "" : e.scenario().description());
            scenarios.add(s);
        }
        List<Map<String, Object>> levers = new ArrayList<>();
        for (Lever l : Lever.ALL) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", l.path);
            m.put("label", l.label);
            m.put("min", l.min);
            m.put("max", l.max);
            m.put("switch", l.isSwitch());
            m.put("words", ParameterReference.plainWords(l.path));
            levers.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenarios", scenarios);
        out.put("first", catalog.first().id());
        out.put("levers", levers);
        out.put("states", ChartedMeasures.STATE_LABELS);
        out.put("costs", ChartedMeasures.COST_LABELS);
        out.put("maxAgents", settings.maxAgents());
        out.put("maxYears", settings.maxYears());
        out.put("replications", settings.bandReplications());
        out.put("maxRunning", settings.maxRunning());
        return out;
    }

    static Map<String, Object> scenario(ScenarioCatalog.Entry e, WebSettings settings) {
        Scenario s = e.scenario();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("name", s.name());
        out.put("description", s.description().equals("-") ? "" : s.description());
        out.put("file", e.file());
        out.put("start", s.horizon().start().toString());
        out.put("end", s.horizon().end().toString());
        out.put("warmUpYears", s.horizon().warmUpYears());
        out.put("agents", Math.min(s.population().agents(), settings.maxAgents()));
        out.put("shippedAgents", s.population().agents());
        out.put("seed", s.seed());
        Map<String, Object> levers = new LinkedHashMap<>();
        for (Lever l : Lever.ALL) {
            DatedCurve c = (DatedCurve) s.valueAt(l.path);
            Map<String, Object> m = new LinkedHashMap<>();
            // The level the scenario reaches by its end: a lever that starts mid-run shows as on.
            m.put("value", c.valueAt(s.horizon().end()));
            m.put("shipped", describe(c, s.horizon().start()));
            levers.put(l.path, m);
        }
        out.put("levers", levers);
        return out;
    }

    /** A dated curve in words, e.g. "0 until 2019-01-01, then 1 by 2019-12-31 (rising in a straight line)". */
    static String describe(DatedCurve c, LocalDate start) {
        if (c.isConstant()) return RunForm.plain(c.min());
        StringBuilder s = new StringBuilder();
        for (Map.Entry<LocalDate, Double> p : c.points().entrySet()) {
            s.append(s.length() == 0 ? "" : ", ").append(RunForm.plain(Math.round(p.getValue() * 1000) / 1000.0)).append(" on ").append(p.getKey());
        }
        return s.append(c.interpolation() == DatedCurve.Interpolation.LINEAR ? " (straight lines between)" : " (each held until the next)").toString();
    }
}
