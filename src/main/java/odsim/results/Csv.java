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

    /** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
