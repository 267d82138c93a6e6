package odsim.scenario;

/** A place in a scenario file, for error messages: {@code file:line:column}. */
public record Mark(String file, int line, int column) {
    public static Mark ofFile(String file) {
        return new Mark(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
