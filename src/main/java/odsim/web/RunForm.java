package odsim.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import odsim.gui.Lever;
import odsim.scenario.DatedCurve;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioException;
import odsim.scenario.ScenarioLoader;

/**
 * Checks a browser's run the way the command line checks {@code odsim run}: every lever and the
 * horizon's end go through {@code --set} ({@link ParameterOverride}), so a bad value gets the
 * message a scenario file or {@code --set} would get; agents and seed get {@code odsim run}'s
 * messages, within the caps the server was started with. Each problem is kept under its control.
 */
final class RunForm {
    /** Longer texts are refused before parsing: no lever value or date needs more. */
    static final int MAX_TEXT = 200;
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final ScenarioCatalog catalog;
    private final WebSettings settings;

    RunForm(ScenarioCatalog catalog, WebSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The run asked for, checked; every problem at once as {@link FormErrors}. */
    PreparedRun prepare(RunInput in) {
        ScenarioCatalog.Entry entry = catalog.get(in.scenario());
        if (entry == null) throw FormErrors.of("scenario", "scenario: found " + quoted(in.scenario()) + "; allowed one of the list");
        Map<String, String> errors = new LinkedHashMap<>();
        Scenario shipped = entry.scenario();
        List<String> sets = new ArrayList<>();

        String end = text(in.end());
        if (!end.isEmpty() && !end.equals(shipped.horizon().end().toString())) {
            String set = "horizon.end=" + end;
            if (check(errors, "end", shipped, set)) sets.add(set);
        }
        Scenario horizonSet = errors.isEmpty() ? apply(shipped, sets) : shipped;
        LocalDate from = from(in.from(), horizonSet, errors);

        for (Map.Entry<String, String> lever : in.levers().entrySet()) {
            String path = lever.getKey();
            if (lever(path) == null) {
                errors.put(path, path + ": not a lever this page offers");
                continue;
            }
            String set = path + "=" + text(lever.getValue());
            if (!check(errors, path, horizonSet, set)) continue;
            if (from != null && from.isAfter(horizonSet.horizon().start())) {
                DatedCurve asShipped = (DatedCurve) horizonSet.valueAt(path);
                double value = ((DatedCurve) apply(horizonSet, List.of(set)).valueAt(path)).valueAt(from);
                set = path + "=" + flow(asShipped.withValueFrom(from, value));
            }
            sets.add(set);
        }

        Integer agents = whole(in.agents(), "--agents", 1, Math.min(50_000_000, settings.maxAgents()),
                Math.min(shipped.population().agents(), settings.maxAgents()), " (the most this server runs: odsim serve --max-agents)", errors, "agents");
        Long seed = seed(in.seed(), shipped.seed(), errors);
        if (!errors.isEmpty()) throw new FormErrors(errors);

        Scenario scenario = apply(shipped, sets).withSeed(seed).withAgents(agents);
        double years = (scenario.horizon().days() + scenario.horizon().warmUpDays()) / 365.25;
        if (years > settings.maxYears() + 1e-9) {
            throw FormErrors.of("end", String.format(java.util.Locale.ROOT, "horizon: %s is %.1f years, warm-up included; allowed up to %s "
                    + "(odsim serve --max-years); choose an earlier end", scenario.horizon().describe(), years, plain(settings.maxYears())));
        }
        Scenario baseline = apply(shipped, end.isEmpty() || !sets.contains("horizon.end=" + end) ? List.of() : List.of("horizon.end=" + end))
                .withSeed(seed).withAgents(agents);
        return new PreparedRun(entry, scenario, baseline, List.copyOf(sets));
    }

    /** Applies one {@code --set}; on a problem, keeps its message under {@code control} and returns false. */
    private static boolean check(Map<String, String> errors, String control, Scenario s, String set) {
        try {
            apply(s, List.of(set));
            return true;
        } catch (ScenarioException e) {
            errors.put(control, String.join("; ", e.problems()));
            return false;
        }
    }

    private static Scenario apply(Scenario s, List<String> sets) {
        if (sets.isEmpty()) return s;
        List<ParameterOverride> overrides = sets.stream().map(a -> ParameterOverride.parse(a, "--set")).toList();
        return ScenarioLoader.change(s, overrides);
    }

    /** The day moved levers take effect: empty is the horizon's start. */
    private static LocalDate from(String text, Scenario s, Map<String, String> errors) {
        String t = text(text);
        if (t.isEmpty()) return null;
        LocalDate start = s.horizon().start(), end = s.horizon().end();
        String allowed = "; allowed a date from " + start + " to " + end + " (when the levers you move take effect)";
        try {
            if (!DATE.matcher(t).matches()) throw new DateTimeParseException("", t, 0);
            LocalDate d = LocalDate.parse(t);
            if (d.isBefore(start) || d.isAfter(end)) {
                errors.put("from", "from: found " + d + allowed);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put("from", "from: found " + quoted(t) + allowed);
            return null;
        }
    }

    private static Integer whole(String text, String option, int min, int max, int fallback, String why, Map<String, String> errors,
                                 String control) {
        String t = text(text);
        if (t.isEmpty()) return fallback;
        if (!WHOLE.matcher(t).matches()) {
            errors.put(control, option + ": found " + quoted(t) + "; allowed a whole number from " + min + " to " + max + why);
            return null;
        }
        long v = Long.parseLong(t);
        if (v < min || v > max) {
            errors.put(control, option + ": found " + v + "; allowed " + min + " to " + max + why);
            return null;
        }
        return (int) v;
    }

    private static Long seed(String text, long fallback, Map<String, String> errors) {
        String t = text(text);
        if (t.isEmpty()) return fallback;
        if (!WHOLE.matcher(t).matches() || t.startsWith("-")) {
            errors.put("seed", "--seed: found " + quoted(t) + "; allowed a whole number >= 0");
            return null;
        }
        return Long.parseLong(t);
    }

    static Lever lever(String path) {
        for (Lever l : Lever.ALL) if (l.path.equals(path)) return l;
        return null;
    }

    /** A dated curve as {@code --set} takes it inline: {@code {interpolation: step, points: {2019-01-01: 0.5, ...}}}. */
    static String flow(DatedCurve c) {
        StringBuilder s = new StringBuilder("{interpolation: ").append(c.interpolation().name().toLowerCase(java.util.Locale.ROOT)).append(", points: {");
        boolean first = true;
        for (Map.Entry<LocalDate, Double> p : c.points().entrySet()) {
            s.append(first ? "" : ", ").append(p.getKey()).append(": ").append(plain(p.getValue()));
            first = false;
        }
        return s.append("}}").toString();
    }

    /** A number as written by hand: 2 rather than 2.0; otherwise every digit Java needs to read it back. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String text(String s) {
        if (s == null) return "";
        String t = s.strip();
        if (t.length() > MAX_TEXT) throw FormErrors.of("form", "a value of " + t.length() + " characters; allowed up to " + MAX_TEXT);
        return t;
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
    }
}
