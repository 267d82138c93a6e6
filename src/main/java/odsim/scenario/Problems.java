package odsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found in a scenario, so a user sees them all at once, in file order. */
public final class Problems {
    private record Problem(Mark mark, String text) {}

    private static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.mark() == null ? "" : p.mark().file())
            .thenComparingInt(p -> p.mark() == null ? 0 : p.mark().line())
            .thenComparingInt(p -> p.mark() == null ? 0 : p.mark().column());
    /** A file with thousands of problems is not a scenario; listing them all would bury the first ones. */
    static final int MAX_SHOWN = 100;
    private final List<Problem> problems = new ArrayList<>();

    public void add(Mark mark, String path, String message) {
        String where = mark == null ? "" : mark + ": ";
        String key = path == null || path.isEmpty() ? "" : path + ": ";
        problems.add(new Problem(mark, where + key + message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems have been found so far. */
    public int size() {
        return problems.size();
    }

    /** The problems in file order; past {@link #MAX_SHOWN}, one line says how many more there are. */
    public List<String> messages() {
        List<Problem> sorted = problems.stream().sorted(IN_FILE_ORDER).toList();
        if (sorted.size() <= MAX_SHOWN) return sorted.stream().map(Problem::text).toList();
        List<String> shown = new ArrayList<>(sorted.subList(0, MAX_SHOWN).stream().map(Problem::text).toList());
        Mark last = sorted.get(MAX_SHOWN - 1).mark();
        String file = last == null ? "" : last.file() + ": ";
        shown.add(file + (sorted.size() - MAX_SHOWN) + " more problems not shown; fix the ones above first");
        return shown;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) throw new ScenarioException(messages());
    }
}
