package odsim.scenario;

import java.util.List;

/** Places in a CSV file for error messages: the line of a parsed record and the column of one of its fields. */
public final class CsvPlaces {
    private CsvPlaces() {}

    /** The line (from 1) holding character {@code position} of {@code text}. */
    public static int lineOf(String text, long position) {
        int line = 1;
        for (int k = 0; k < Math.min(position, text.length()); k++) if (text.charAt(k) == '\n') line++;
        return line;
    }

    /** The line (from 1) of a CSV file's header: its first line that is neither empty nor a {@code #} comment. */
    public static int headerLine(List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k).strip();
            if (!l.isEmpty() && !l.startsWith("#")) return k + 1;
        }
        return 1;
    }

    /** The place of field {@code field} (from 0) on line {@code line} (from 1): its column, counted as a text editor does. */
    public static Mark at(String file, List<String> lines, int line, int field) {
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
        int column = 0;
        boolean quoted = false;
        for (int k = 0, f = 0; k < text.length() && f < field; k++) {
            char c = text.charAt(k);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted && ++f == field) column = k + 1;
        }
        return new Mark(file, line, column + 1);
    }
}
