package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick numbers are what its commands print today: the main comparison's table and
 * the table of every lever and package, digit for digit, and the naloxone and prevention-centre
 * sweep's deaths averted. A change that moves them fails here until the README is re-measured
 * (the slower calibration numbers are dated, with their commands, in the README).
 */
class ReadmeNumbersTest {
    @TempDir
    Path dir;

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void theMainCommandPrintsTheReadmesTable() throws IOException {
        String readme = readme();
        String start = "The first command prints the comparison and names the report it wrote:\n\n```\n";
        int from = readme.indexOf(start) + start.length();
        String quoted = readme.substring(from, readme.indexOf("\nin ", from) + 1);
        var o = CommandLineTest.odsim("compare", "scenarios/comparisons/main.yaml", "-q", "-o", dir.resolve("main").toString());
        assertEquals(0, o.code(), o.err());
        String printed = o.out().substring(0, o.out().indexOf("\nin ") + 1);
        assertEquals(quoted, printed, "re-measure the README's main table (mvn -q -DskipTests package && java -jar target/odsim.jar compare "
                + "scenarios/comparisons/main.yaml)");
    }

    /** The table of every lever and package: its command, as the README gives it, prints the README's table. */
    @Test
    void theLeverTableIsWhatItsCommandPrints() throws IOException {
        String readme = readme();
        int section = readme.indexOf("### Every lever and package against the baseline");
        int code = readme.indexOf("```\n", section) + 4;
        String command = readme.substring(code, readme.indexOf("```", code)).replace("\\\n", " ").trim();
        assertTrue(command.startsWith("java -jar target/odsim.jar compare "), command);
        List<String> args = new java.util.ArrayList<>(List.of(command.substring("java -jar target/odsim.jar ".length()).trim().split("\\s+")));
        args.addAll(List.of("-q", "-o", dir.resolve("levers").toString()));
        var o = CommandLineTest.odsim(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        int table = readme.indexOf("| scenario | overdose deaths |", section);
        String quoted = readme.substring(table, readme.indexOf("\n\n", table) + 1);
        int printedAt = o.out().indexOf("| scenario | overdose deaths |");
        String printed = o.out().substring(printedAt, o.out().indexOf("\n\n", printedAt) + 1);
        assertEquals(quoted, printed, "re-measure the README's lever table with its command");
    }

    @Test
    void theSweepAvertsWhatTheReadmeSays() throws IOException {
        Matcher m = Pattern.compile("500 kits a year per 100,000 residents\\s+avert (\\d+) \\((\\d+) to (\\d+)\\), 2,000 kits (\\d+) \\((\\d+) to "
                + "(\\d+)\\), 4,000 kits (\\d+) \\((\\d+) to (\\d+)\\); at each\\s+coverage two centres avert (\\d+) to (\\d+) more, four (\\d+) to (\\d+) more")
                .matcher(readme());
        assertTrue(m.find(), "the README's sentence on the naloxone-opc sweep");
        Path out = dir.resolve("sweep");
        var o = CommandLineTest.odsim("sweep", "scenarios/sweeps/naloxone-opc.yaml", "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        double[][] averted = new double[5][3];
        int[] kits = {0, 500, 1000, 2000, 4000};
        String[] text = new String[9];
        try (var reader = Files.newBufferedReader(out.resolve("points.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (!r.get("measure").equals("overdose_deaths") || !r.get("period").equals("total")) continue;
                int k = List.of(0, 500, 1000, 2000, 4000).indexOf(Integer.parseInt(r.get("policies.naloxone.kitsPerYearPer100k")));
                int sites = Integer.parseInt(r.get("policies.opc.sites")) / 2;
                averted[k][sites] = -Double.parseDouble(r.get("difference"));
                if (sites == 0 && (kits[k] == 500 || kits[k] == 2000 || kits[k] == 4000)) {
                    int at = kits[k] == 500 ? 0 : kits[k] == 2000 ? 3 : 6;
                    text[at] = whole(-Double.parseDouble(r.get("difference")));
                    text[at + 1] = whole(-Double.parseDouble(r.get("differenceUpper95")));
                    text[at + 2] = whole(-Double.parseDouble(r.get("differenceLower95")));
                }
            }
        }
        for (int g = 0; g < 9; g++) assertEquals(m.group(g + 1), text[g], "number " + (g + 1) + " of the sentence");
        double[] two = new double[5], four = new double[5];
        for (int k = 0; k < 5; k++) {
            two[k] = averted[k][1] - averted[k][0];
            four[k] = averted[k][2] - averted[k][0];
        }
        assertEquals(m.group(10) + " to " + m.group(11), range(two), "two centres");
        assertEquals(m.group(12) + " to " + m.group(13), range(four), "four centres");
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String range(double[] v) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return whole(lo) + " to " + whole(hi);
    }
}
