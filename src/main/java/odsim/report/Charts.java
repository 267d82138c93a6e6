package odsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import odsim.economics.Appraisal;
import odsim.economics.CostCategory;
import odsim.economics.Frontier;
import odsim.results.Aggregated;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.Statistics;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jfree.ui.RectangleInsets;

/**
 * The report's charts, drawn with JFreeChart and written to {@code charts/} as PNG and SVG:
 * overdose deaths over time per scenario with bands, cumulative deaths averted, costs over time
 * by category (one chart per scenario), and the cost-effectiveness plane. The numbers behind
 * each chart go to {@code report.csv}.
 */
public final class Charts {
    /** One drawn chart: its file stem, title, what it shows, and its SVG for inlining. */
    public record Chart(String file, String title, String caption, String svg) {}

    static final int WIDTH = 820, HEIGHT = 440;
    private static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);
    /**
     * One colour per scenario in order (the baseline first): a dark grey, then the Okabe-Ito palette
     * (colour-blind-safe). Read from {@code scenario-colours.csv} beside this class, which the
     * notebooks read too (notebooks/odsim_helper.py), so a scenario has one colour everywhere.
     */
    static final Color[] SCENARIO_COLORS = scenarioColours();

    private static Color[] scenarioColours() {
        try (var in = Charts.class.getResourceAsStream("scenario-colours.csv")) {
            if (in == null) throw new IllegalStateException("scenario-colours.csv is missing from the build");
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).toList();
            Color[] out = new Color[lines.size()];
            for (int k = 0; k < out.length; k++) out[k] = new Color(Integer.parseInt(lines.get(k).split(",")[0], 16));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    /** One colour per cost group ({@link CostCategory.Group}), from the Okabe-Ito palette (colour-blind-safe). */
    private static final Color[] GROUP_COLORS = {new Color(0x56B4E9), new Color(0x009E73), new Color(0xE69F00),
        new Color(0x0072B2), new Color(0xCC79A7), new Color(0x000000)};

    private Charts() {}

    /** Draws every chart, writes each as PNG and SVG into {@code dir}, and records its numbers. */
    public static List<Chart> write(ComparisonResults results, Path dir, ReportCsv csv) throws IOException {
        Files.createDirectories(dir);
        List<Chart> charts = new ArrayList<>();
        charts.add(save(dir, "deaths-over-time", "Overdose deaths per year",
                results.ensemble() == null ? "Mean over replications; the band spans the 2.5th to 97.5th percentile of replications."
                        : "Mean over the runs; the band spans their 2.5th to 97.5th percentile (parameter sets and chance).",
                deathsOverTime(results, csv)));
        if (!results.appraisals().isEmpty()) {
            charts.add(save(dir, "deaths-averted", "Cumulative overdose deaths averted against " + results.baseline().name(),
                    "Paired differences from the baseline; the band is the " + (results.ensemble() == null
                            ? "95% confidence interval of the mean." : "2.5th to 97.5th percentile of the runs over the ensemble."),
                    cumulativeDeathsAverted(results, csv)));
        }
        // The scenarios' cost charts share one scale, so their bars can be compared by eye.
        List<JFreeChart> costs = new ArrayList<>();
        for (int k = 0; k < results.scenarios().size(); k++) costs.add(costsOverTime(results, k, csv));
        double top = costs.stream().mapToDouble(c -> c.getCategoryPlot().getRangeAxis().getUpperBound()).max().orElse(1);
        for (int k = 0; k < results.scenarios().size(); k++) {
            String name = results.scenarios().get(k).name();
            costs.get(k).getCategoryPlot().getRangeAxis().setRange(0, top);
            charts.add(save(dir, "costs-" + k + "-" + fileSafe(name), "Costs per year by category: " + name,
                    "Mean over replications, in US dollars as they fall due (not discounted); every scenario's chart on the same scale. "
                            + "Categories grouped: emergency care (EMS, emergency visits, hospital), treatment and rehab (medication, in custody too, "
                            + "and abstinence-only rehab), harm reduction (naloxone, prevention centres, safe supply, drug checking), criminal "
                            + "justice (arrests, jail, prison, diversion, supply enforcement), housing, jobs and care; the table above keeps each category.",
                    costs.get(k)));
        }
        if (!results.appraisals().isEmpty()) {
            charts.add(save(dir, "cost-effectiveness-plane", "Cost-effectiveness plane (" + results.settings().perspective().description + ")",
                    "Each small point is one paired " + (results.ensemble() == null ? "replication" : "run (one parameter set of the ensemble)")
                            + ", each large one an alternative's mean; the line is the "
                            + "cost-effectiveness frontier. Net costs discounted at " + percent(results.settings().discountRate()) + " a year.",
                    plane(results, csv)));
            int n = results.appraisals().get(0).qalysByReplication().length;
            boolean ensemble = results.ensemble() != null;
            charts.add(save(dir, "cost-effectiveness-acceptability", "Cost-effectiveness acceptability ("
                            + results.settings().perspective().description + ")",
                    "For each willingness to pay per QALY gained, the share of the " + n + (ensemble ? " paired runs" : " paired replications")
                            + " in which each option has the highest net benefit (willingness times QALYs gained, minus net cost; the baseline's is 0). "
                            + (ensemble ? "The runs draw their parameters from the calibrated ensemble: read it as the probability that each "
                                    + "option is the most cost-effective, given the calibration and chance (not the parameters the ensemble leaves as given). "
                                : "The replications hold chance alone, not what is unknown about the model's parameters: read it as how firmly "
                                    + "chance leaves the ranking, not as the probability that a policy is cost-effective. ")
                            + "Costs and QALYs discounted at "
                            + percent(results.settings().discountRate()) + " a year.",
                    acceptability(results, csv)));
        }
        return charts;
    }

    static JFreeChart acceptability(ComparisonResults results, ReportCsv csv) {
        odsim.economics.Acceptability a = odsim.economics.Acceptability.of(results.baseline().name(), results.appraisals(),
                odsim.economics.Acceptability.defaultWillingness());
        XYSeriesCollection data = new XYSeriesCollection();
        for (int o = 0; o < a.options().size(); o++) {
            XYSeries s = new XYSeries(a.options().get(o), false);
            for (int k = 0; k < a.willingness().length; k++) {
                s.add(a.willingness()[k] / 1000, a.probability()[o][k]);
                csv.add("chart:cost-effectiveness-acceptability", a.options().get(o), "probability_best",
                        Long.toString(Math.round(a.willingness()[k])), "share of replications (x: USD per QALY gained)",
                        a.probability()[o][k], Double.NaN, Double.NaN, "");
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis("willingness to pay, USD thousands per QALY gained"), y = new NumberAxis("share of replications where best");
        y.setRange(0, 1.02);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        style(chart);
        for (int o = 0; o < a.options().size(); o++) {
            renderer.setSeriesPaint(o, SCENARIO_COLORS[o % SCENARIO_COLORS.length]);
            renderer.setSeriesStroke(o, new BasicStroke(2.2f));
        }
        return chart;
    }

    static JFreeChart deathsOverTime(ComparisonResults results, ReportCsv csv) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (List<RunResult> runs : results.runs()) {
            String name = runs.get(0).scenario();
            YIntervalSeries s = new YIntervalSeries(name);
            // Yearly, as the reference models lead: a month's deaths in a region this size are mostly chance.
            List<Aggregated> years = runs.stream().map(r -> Aggregated.of(r, Period.YEAR)).toList();
            List<LocalDate> starts = years.get(0).periodStarts();
            for (int k = 0; k < starts.size(); k++) {
                double[] v = new double[years.size()];
                for (int r = 0; r < v.length; r++) v[r] = years.get(r).series(Measure.OVERDOSE_DEATHS)[k];
                Statistics st = Statistics.of(v);
                s.add(millis(starts.get(k).plusMonths(6)), st.mean(), st.p025(), st.p975());
                csv.add("chart:deaths-over-time", name, "overdose_deaths", Integer.toString(starts.get(k).getYear()), "deaths per year",
                        st.mean(), st.p025(), st.p975(), ReportCsv.RANGE);
            }
            data.addSeries(s);
        }
        return timeChart(data, "overdose deaths per year");
    }

    static JFreeChart cumulativeDeathsAverted(ComparisonResults results, ReportCsv csv) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Aggregated> base = results.runs().get(0).stream().map(r -> Aggregated.of(r, Period.MONTH)).toList();
        for (int k = 1; k < results.runs().size(); k++) {
            List<RunResult> runs = results.runs().get(k);
            String name = runs.get(0).scenario();
            YIntervalSeries s = new YIntervalSeries(name);
            List<Aggregated> alt = runs.stream().map(r -> Aggregated.of(r, Period.MONTH)).toList();
            List<LocalDate> starts = alt.get(0).periodStarts();
            double[] cumulative = new double[alt.size()];
            for (int m = 0; m < starts.size(); m++) {
                for (int r = 0; r < cumulative.length; r++) {
                    cumulative[r] += base.get(r).series(Measure.OVERDOSE_DEATHS)[m] - alt.get(r).series(Measure.OVERDOSE_DEATHS)[m];
                }
                Statistics st = results.uncertainty().of(cumulative.clone());
                LocalDate end = m + 1 < starts.size() ? starts.get(m + 1) : runs.get(0).start().plusDays(runs.get(0).days());
                double lo = Double.isNaN(st.lower95()) ? st.mean() : st.lower95(), hi = Double.isNaN(st.upper95()) ? st.mean() : st.upper95();
                s.add(millis(end), st.mean(), lo, hi);
                csv.add("chart:deaths-averted", name, "cumulative_deaths_averted", end.toString(), "deaths",
                        st.mean(), st.lower95(), st.upper95(), csv.interval());
            }
            data.addSeries(s);
        }
        JFreeChart chart = timeChart(data, "cumulative deaths averted");
        XYPlot plot = chart.getXYPlot();
        for (int k = 0; k < data.getSeriesCount(); k++) {
            Color c = SCENARIO_COLORS[(k + 1) % SCENARIO_COLORS.length];
            plot.getRenderer().setSeriesPaint(k, c);
            ((DeviationRenderer) plot.getRenderer()).setSeriesFillPaint(k, c);
        }
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        return chart;
    }

    static JFreeChart costsOverTime(ComparisonResults results, int scenario, ReportCsv csv) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<RunResult> runs = results.runs().get(scenario);
        String name = runs.get(0).scenario();
        String section = "chart:costs-" + scenario + "-" + fileSafe(name);
        List<Aggregated> years = runs.stream().map(r -> Aggregated.of(r, Period.YEAR)).toList();
        List<LocalDate> starts = years.get(0).periodStarts();
        // Categories grouped (at most eight in a legend a reader can follow); the groups any scenario spends on, in every chart.
        List<CostCategory.Group> shown = new ArrayList<>();
        for (CostCategory.Group g : CostCategory.Group.ALL) {
            boolean spent = java.util.Arrays.stream(CostCategory.ALL).anyMatch(c -> c.group == g && c.measure != null
                    && results.runs().stream().flatMap(List::stream).anyMatch(r -> r.total(c.measure) > 0));
            if (spent) shown.add(g);
        }
        for (CostCategory.Group g : shown) {
            for (int k = 0; k < starts.size(); k++) {
                double sum = 0;
                for (Aggregated y : years) {
                    for (CostCategory c : CostCategory.ALL) if (c.group == g && c.measure != null) sum += y.series(c.measure)[k];
                }
                double mean = sum / years.size();
                data.addValue(mean / 1e6, g.description, Integer.toString(starts.get(k).getYear()));
                csv.add(section, name, g.name().toLowerCase(java.util.Locale.ROOT), Integer.toString(starts.get(k).getYear()), "USD", mean,
                        Double.NaN, Double.NaN, "");
            }
        }
        JFreeChart chart = new JFreeChart(null, FONT, new CategoryPlot(), true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setDataset(data);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis("year"));
        plot.setRangeAxis(new NumberAxis("USD millions per year"));
        StackedBarRenderer renderer = new StackedBarRenderer();
        plot.setRenderer(renderer);
        style(chart);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < shown.size(); i++) renderer.setSeriesPaint(i, GROUP_COLORS[shown.get(i).ordinal() % GROUP_COLORS.length]);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    static JFreeChart plane(ComparisonResults results, ReportCsv csv) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries frontier = new XYSeries("cost-effectiveness frontier", false);
        for (Frontier.Point p : results.frontier()) {
            frontier.add(p.effect(), p.cost() / 1e6);
            csv.add("chart:cost-effectiveness-plane", p.name(), "frontier_point", "", "deaths averted; USD",
                    p.effect(), Double.NaN, Double.NaN, "");
        }
        data.addSeries(frontier);
        List<Appraisal> appraisals = results.appraisals();
        for (Appraisal a : appraisals) {
            XYSeries s = new XYSeries(a.alternative(), false);
            for (int r = 0; r < a.avertedByReplication().length; r++) {
                s.add(a.avertedByReplication()[r], a.netCostByReplication()[r] / 1e6);
                csv.add("chart:cost-effectiveness-plane", a.alternative(), "replication_" + r, Double.toString(a.avertedByReplication()[r]),
                        "deaths averted (x); net cost USD (value)", a.netCostByReplication()[r], Double.NaN, Double.NaN, "");
            }
            data.addSeries(s);
        }
        XYSeries means = new XYSeries("means", false);
        for (Appraisal a : appraisals) means.add(a.deathsAverted().mean(), a.netCost().mean() / 1e6);
        data.addSeries(means);
        NumberAxis x = new NumberAxis("overdose deaths averted"), y = new NumberAxis("net cost, USD millions (" + results.settings().perspective().description + ")");
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        x.setUpperMargin(0.15); // room for the labels of the rightmost options
        y.setUpperMargin(0.08);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        style(chart);
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        for (int k = 0; k < appraisals.size(); k++) {
            renderer.setSeriesPaint(k + 1, SCENARIO_COLORS[(k + 1) % SCENARIO_COLORS.length]);
            renderer.setSeriesShape(k + 1, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        int m = appraisals.size() + 1;
        renderer.setSeriesPaint(m, Color.BLACK);
        renderer.setSeriesShape(m, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesShapesFilled(m, false);
        renderer.setSeriesStroke(m, new BasicStroke(2f));
        renderer.setSeriesVisibleInLegend(m, false);
        plot.addDomainMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        // Labels beside each option's mean, moved up or down a line where they would cover one
        // another (many options cluster near the origin); a label with no room within a line
        // of its point is left out: the point keeps its colour in the legend, and its numbers
        // are in the table.
        double[][] xy = new double[appraisals.size() + 1][];
        String[] names = new String[xy.length];
        for (int k = 0; k < appraisals.size(); k++) {
            Appraisal a = appraisals.get(k);
            xy[k] = new double[] {a.deathsAverted().mean(), a.netCost().mean() / 1e6};
            names[k] = a.alternative();
        }
        xy[appraisals.size()] = new double[] {0, 0};
        names[appraisals.size()] = results.baseline().name();
        double[] offsets = labelOffsets(data, xy, names);
        for (int k = 0; k < xy.length; k++) {
            if (Double.isNaN(offsets[k])) continue;
            XYTextAnnotation label = new XYTextAnnotation("  " + names[k], xy[k][0], xy[k][1] + offsets[k]);
            label.setFont(FONT);
            label.setTextAnchor(org.jfree.ui.TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        return chart;
    }

    /** About how much of the chart the plot's data area takes, and a label's size, in pixels (DejaVu Sans 12). */
    private static final double PLOT_WIDTH = WIDTH - 100, PLOT_HEIGHT = HEIGHT - 150, CHAR_WIDTH = 7, LINE_HEIGHT = 15;

    /**
     * Vertical offsets (in data units) that keep the labels, each drawn up and to the right of its
     * point, from covering one another: taken from the top down, a label that would overlap one
     * already placed tries a line lower, then a line higher; NaN if
     * none is free (the label is left out). The sizes are estimates from the chart's size and
     * font, so it is a tidy-up, not a guarantee.
     */
    static double[] labelOffsets(XYSeriesCollection data, double[][] xy, String[] names) {
        double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                xMin = Math.min(xMin, data.getXValue(s, i));
                xMax = Math.max(xMax, data.getXValue(s, i));
                yMin = Math.min(yMin, data.getYValue(s, i));
                yMax = Math.max(yMax, data.getYValue(s, i));
            }
        }
        double xPerPixel = Math.max(1e-12, (xMax - xMin) * 1.2) / PLOT_WIDTH, yPerPixel = Math.max(1e-12, (yMax - yMin) * 1.13) / PLOT_HEIGHT;
        Integer[] order = new Integer[xy.length];
        for (int k = 0; k < order.length; k++) order[k] = k;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(xy[b][1], xy[a][1]));
        double[] offsets = new double[xy.length];
        List<double[]> placed = new ArrayList<>(); // boxes in pixels: left, bottom, right, top
        for (int k : order) {
            double left = xy[k][0] / xPerPixel, bottom = xy[k][1] / yPerPixel, width = CHAR_WIDTH * (names[k].length() + 2);
            offsets[k] = Double.NaN;
            for (int step = 0; step < 3; step++) {
                int lines = (step + 1) / 2 * (step % 2 == 1 ? -1 : 1);
                double b = bottom + lines * LINE_HEIGHT;
                double[] box = {left, b, left + width, b + LINE_HEIGHT};
                boolean free = true;
                for (double[] p : placed) {
                    if (box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3]) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    placed.add(box);
                    offsets[k] = lines * LINE_HEIGHT * yPerPixel;
                    break;
                }
            }
        }
        return offsets;
    }

    private static JFreeChart timeChart(YIntervalSeriesCollection data, String yLabel) {
        DateAxis x = new DateAxis("date");
        x.setTimeZone(TimeZone.getTimeZone("UTC"));
        NumberAxis y = new NumberAxis(yLabel);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        style(chart); // before the colours: applying a theme resets them
        renderer.setAlpha(0.2f);
        for (int k = 0; k < data.getSeriesCount(); k++) {
            Paint c = SCENARIO_COLORS[k % SCENARIO_COLORS.length];
            renderer.setSeriesPaint(k, c);
            renderer.setSeriesFillPaint(k, c);
            renderer.setSeriesStroke(k, new BasicStroke(2f));
        }
        return chart;
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(FONT.deriveFont(13f));
        theme.setRegularFont(FONT);
        theme.setSmallFont(FONT.deriveFont(10f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        if (chart.getPlot() instanceof XYPlot p) p.setOutlineVisible(false);
        if (chart.getPlot() instanceof CategoryPlot p) p.setOutlineVisible(false);
    }

    /**
     * Writes the chart's files with its title inside (a chart pasted into a slide keeps its
     * meaning): PNG, a PNG at twice the resolution for slides ({@code @2x}), and SVG; and returns
     * it for the page without the title, which the page's caption gives.
     */
    private static Chart save(Path dir, String file, String title, String caption, JFreeChart chart) throws IOException {
        chart.setTitle(new org.jfree.chart.title.TextTitle(title, TITLE_FONT));
        odsim.results.AtomicFile.write(dir.resolve(file + ".png"), out -> ChartUtilities.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        odsim.results.AtomicFile.write(dir.resolve(file + "@2x.png"), out -> ChartUtilities.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, 2, 2));
        odsim.results.AtomicFile.writeString(dir.resolve(file + ".svg"), svg(chart, file).getSVGDocument());
        chart.setTitle((String) null);
        String inline = svg(chart, file).getSVGElement(file, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        return new Chart(file, title, caption, inline);
    }

    private static final java.awt.Font TITLE_FONT = new java.awt.Font("SansSerif", java.awt.Font.BOLD, 15);

    private static SVGGraphics2D svg(JFreeChart chart, String file) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(file + "-"); // fixed, so the SVG is the same every run and ids differ between inlined charts
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g;
    }

    private static double millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String percent(double rate) {
        return odsim.results.Csv.number(rate * 100) + "%";
    }
}
