package odsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text in results files: safe to open in a spreadsheet, and whole in a Markdown table (issue 18, row 15). */
class CsvTest {
    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        assertEquals("'=HYPERLINK(\"x\")", Csv.text("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("'+cmd", Csv.text("+cmd"));
        assertEquals("'@SUM(A1)", Csv.text("@SUM(A1)"));
        assertEquals("'-2+3", Csv.text("-2+3"));
        // Numbers, a lone dash and ordinary names stay as they are.
        assertEquals("-0.5", Csv.text("-0.5"));
        assertEquals("+1e3", Csv.text("+1e3"));
        assertEquals("-", Csv.text("-"));
        assertEquals("health-first", Csv.text("health-first"));
        assertEquals("\"a, b\"", Csv.text("a, b"));
    }

    @Test
    void aPipeStaysInsideItsMarkdownCell() {
        assertEquals("a \\| b", Csv.markdownCell("a | b"));
        assertEquals("line one line two", Csv.markdownCell("line one\nline two"));
        assertEquals("back\\\\slash", Csv.markdownCell("back\\slash"));
    }
}
