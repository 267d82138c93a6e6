package odsim.scenario;

import java.util.List;

/** Bad scenario input: one line per problem, each naming the file, line, column and key. */
public final class ScenarioException extends RuntimeException {
    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
