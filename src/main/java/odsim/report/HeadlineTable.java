package odsim.report;

import java.util.Locale;
import odsim.economics.Appraisal;
import odsim.economics.RatioInterval;
import odsim.results.Statistics;

/** The report's headline as a Markdown table, for the console and {@code comparison.md}. */
public final class HeadlineTable {
    private HeadlineTable() {}

    public static String markdown(ComparisonResults results) {
        var s = results.settings();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Against %s, %s perspective, costs and QALYs discounted at %s a year (95%% intervals in brackets):%n%n",
                results.baseline().name(), s.perspective().description, Charts.percent(s.discountRate())));
        md.append("| scenario | deaths averted | life-years saved | QALYs gained | net cost (USD millions) | cost per death averted (USD) | cost per QALY gained (USD) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Appraisal a : results.appraisals()) {
            md.append("| ").append(odsim.results.Csv.markdownCell(a.alternative())).append(" | ").append(plain(a.deathsAverted(), 1)).append(" | ")
                    .append(plain(a.lifeYearsSaved(), 1)).append(" | ").append(plain(a.qalysGained(), 1)).append(" | ")
                    .append(plain(a.netCost(), 1e-6)).append(" | ")
                    .append(ratio(a.costPerDeathAverted(), a.deathsAverted().mean(), a.netCost().mean(), "none averted")).append(" | ")
                    .append(ratio(a.costPerQalyGained(), a.qalysGained().mean(), a.netCost().mean(), "no QALYs gained")).append(" |\n");
        }
        return md.toString();
    }

    private static String plain(Statistics st, double scale) {
        String f = scale == 1 ? "%,.0f" : "%,.1f";
        String mean = String.format(Locale.ROOT, f, st.mean() * scale);
        if (Double.isNaN(st.lower95())) return mean;
        return mean + " (" + String.format(Locale.ROOT, f, st.lower95() * scale) + " to " + String.format(Locale.ROOT, f, st.upper95() * scale) + ")";
    }

    private static String ratio(RatioInterval r, double effect, double netCost, String none) {
        return Numbers.ratio(r, effect, netCost, none).replace(" <span class=\"ci\">", " ").replace("</span>", "");
    }
}
