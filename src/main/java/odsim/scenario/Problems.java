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
    private final List<Problem> problems = new ArrayList<>();

    public void add(Mark mark, String path, String message) {
        String where = mark == null ? "" : mark + ": ";
        String key = path == null || path.isEmpty() ? "" : path + ": ";
        problems.add(new Problem(mark, where + key + message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> messages() {
        return problems.stream().sorted(IN_FILE_ORDER).map(Problem::text).toList();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) throw new ScenarioException(messages());
    }
}
