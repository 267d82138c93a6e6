package odsim.results;

/** Number and text formatting for CSV files: exact, locale-free, and the same on every machine. */
public final class Csv {
    private Csv() {}

    /** Whole numbers without a decimal point; others in Java's shortest exact form; NaN as empty. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /**
     * Quotes a field when it holds a comma, quote or line break (RFC 4180). Text a spreadsheet
     * would take for a formula (starting with =, +, - or @, and not a number) is prefixed with an
     * apostrophe, so that opening a results file runs nothing.
     */
    public static String text(String s) {
        if (s.length() > 1 && "=+-@".indexOf(s.charAt(0)) >= 0 && !isNumber(s)) s = "'" + s;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Markdown table cell text: a pipe would end the cell, a line break the row. */
    public static String markdownCell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
