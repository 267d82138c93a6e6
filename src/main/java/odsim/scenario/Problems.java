package odsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in a scenario, so a user sees them all at once. */
public final class Problems {
    private final List<String> messages = new ArrayList<>();

    public void add(Mark mark, String path, String message) {
        String where = mark == null ? "" : mark + ": ";
        String key = path == null || path.isEmpty() ? "" : path + ": ";
        messages.add(where + key + message);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    public void throwIfAny() {
        if (!messages.isEmpty()) throw new ScenarioException(messages);
    }
}
