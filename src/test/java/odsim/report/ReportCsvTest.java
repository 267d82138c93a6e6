package odsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import odsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.csv holds every number the report's tables show, as the report writes it. */
class ReportCsvTest {
    @TempDir
    Path dir;

    @Test
    void everyNumberInTheTablesIsInTheCsv() throws IOException {
        Path baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Files.writeString(dir.resolve("base.yaml"), """
                extends: %s
                name: base
                population: {agents: 3000}
                horizon: {start: 2019-01-01, end: 2020-06-30}
                """.formatted(baseline));
        Files.writeString(dir.resolve("alt.yaml"), "extends: base.yaml\nname: alt\npolicies: {medication: {level: 1}, naloxone: {level: 1}}\n");
        Files.writeString(dir.resolve("alt2.yaml"), "extends: base.yaml\nname: alt2\npolicies: {policing: {intensity: 2}}\n");
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "compare", dir.resolve("base.yaml").toString(),
                dir.resolve("alt.yaml").toString(), dir.resolve("alt2.yaml").toString(), "-r", "3", "-q", "-o", out.toString());
        assertTrue(code == 0, err.toString());
        Set<String> written = new HashSet<>();
        for (String row : Files.readAllLines(out.resolve("report.csv")).subList(1, Files.readAllLines(out.resolve("report.csv")).size())) {
            List<String> cells = splitCsv(row);
            for (int k = 5; k <= 7; k++) {
                if (cells.get(k).isEmpty()) continue;
                double v = Double.parseDouble(cells.get(k));
                written.add(Numbers.whole(v));
                written.add(Numbers.millions(v));
            }
        }
        String html = Files.readString(out.resolve("report.html"));
        Matcher tables = Pattern.compile("<table id=\"(headline|frontier)\">.*?</table>|<h2[^>]*>(Net cost by perspective|Costs by category)</h2>.*?</table>",
                Pattern.DOTALL).matcher(html);
        int checked = 0;
        while (tables.find()) {
            String table = tables.group().replaceAll("<[^>]+>", " ");
            Matcher number = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9])?").matcher(table);
            while (number.find()) {
                checked++;
                assertTrue(written.contains(number.group()), number.group() + " in the report is not in report.csv");
            }
        }
        assertTrue(checked > 100, "only " + checked + " numbers found in the tables");
    }

    private static List<String> splitCsv(String row) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else cell.append(c);
        }
        cells.add(cell.toString());
        return cells;
    }
}
