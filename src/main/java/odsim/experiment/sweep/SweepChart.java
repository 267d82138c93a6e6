package odsim.experiment.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The sweep's chart ({@code chart.png}, {@code chart.svg}): a measure's whole-horizon mean over
 * replications (or, {@code relative}, its paired difference from point 0) against one swept parameter, one line per level of a second, with the 95%
 * interval of each mean as a band (grid designs) or error bars (sampled designs). In a grid with
 * more parameters, the others are held at their first level.
 */
public final class SweepChart {
    public static final int WIDTH = 900, HEIGHT = 560;
    /** Colours that stay apart for colour-blind readers (Okabe and Ito 2008). */
    private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};

    private SweepChart() {}

    public static JFreeChart of(Sweep sweep, List<SweepResults.PointMean> means) {
        ChartSpec spec = sweep.file().chart();
        List<String> paths = sweep.file().parameterPaths();
        if (spec.y() != null) {
            return SweepHeatMap.of(sweep, means, spec.measure() + (spec.relative() ? " minus at point 0" : "")
                    + ", whole horizon, mean of " + sweep.replications() + " replications");
        }
        int xi = paths.indexOf(spec.x()), si = spec.series() == null ? -1 : paths.indexOf(spec.series());
        boolean grid = sweep.file().design() == Design.GRID;
        SweepParameter xp = sweep.file().parameters().get(xi);
        boolean numericX = xp.isRange() || xp.levels().stream().allMatch(l -> isNumber(l.label()));
        List<String> xLabels = xp.isRange() ? List.of() : xp.levels().stream().map(Level::label).toList();

        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        for (SweepResults.PointMean pm : means) {
            List<Level> levels = pm.point().levels();
            if (grid && !othersAtFirstLevel(sweep, levels, xi, si)) continue;
            String name = si < 0 ? spec.measure() : shortName(spec.series()) + " = " + levels.get(si).label();
            String xLabel = levels.get(xi).label();
            double x = numericX ? Double.parseDouble(xLabel) : xLabels.indexOf(xLabel);
            double lo = Double.isNaN(pm.lower95()) ? pm.mean() : pm.lower95(), hi = Double.isNaN(pm.upper95()) ? pm.mean() : pm.upper95();
            series.computeIfAbsent(name, n -> new XYIntervalSeries(n)).add(x, x, x, pm.mean(), lo, hi);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        series.values().forEach(data::addSeries);

        ValueAxis xAxis = numericX ? new NumberAxis(words(shortName(spec.x()))) : new SymbolAxis(words(shortName(spec.x())), xLabels.toArray(new String[0]));
        if (xAxis instanceof NumberAxis na) na.setAutoRangeIncludesZero(false);
        StringBuilder reference = new StringBuilder();
        for (int k = 0; k < paths.size(); k++) {
            reference.append(k == 0 ? "" : ", ").append(shortName(paths.get(k))).append('=').append(sweep.points().get(0).levels().get(k).label());
        }
        // The axis says what is drawn in a few words; what it is measured against goes under the title (a long axis label is cut).
        NumberAxis yAxis = new NumberAxis(words(spec.measure()) + (spec.relative() ? ", difference" : ""));
        yAxis.setAutoRangeIncludesZero(false);
        XYItemRenderer renderer;
        if (grid) {
            DeviationRenderer r = new DeviationRenderer(true, true);
            r.setAlpha(0.15f);
            for (int k = 0; k < series.size(); k++) {
                Color c = PALETTE[k % PALETTE.length];
                r.setSeriesStroke(k, new BasicStroke(2f));
                r.setSeriesPaint(k, c);
                r.setSeriesFillPaint(k, c); // the band; JFreeChart's default fill is white, an invisible band
            }
            renderer = r;
        } else {
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setBaseLinesVisible(false);
            renderer = r;
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        String title = "Sweep " + sweep.name() + ": " + words(spec.measure()) + " by " + words(shortName(spec.x()))
                + (grid && paths.size() > (si < 0 ? 1 : 2) ? " (other parameters at their first level)" : "");
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle((spec.relative() ? "Difference from " + reference + "; " : "")
                + "whole horizon, mean of " + sweep.replications() + " replications with 95% intervals",
                new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        // Room at the right, so the last tick label of the x axis is not cut.
        chart.setPadding(new org.jfree.ui.RectangleInsets(4, 4, 4, 24));
        return chart;
    }

    /** Writes {@code chart.png} and {@code chart.svg} into {@code dir}. */
    public static void write(JFreeChart chart, Path dir) {
        write(chart, dir, "chart", HEIGHT);
    }

    /** Writes {@code NAME.png} and {@code NAME.svg} into {@code dir}. */
    static void write(JFreeChart chart, Path dir, String name, int height) {
        try {
            odsim.results.AtomicFile.write(dir.resolve(name + ".png"), out -> ChartUtilities.writeChartAsPNG(out, chart, WIDTH, height));
            SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
            g.setDefsKeyPrefix(name + "-"); // fixed, so identical runs write identical SVGs
            chart.draw(g, new Rectangle(0, 0, WIDTH, height));
            odsim.results.AtomicFile.writeString(dir.resolve(name + ".svg"), g.getSVGDocument());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean othersAtFirstLevel(Sweep sweep, List<Level> levels, int xi, int si) {
        List<SweepParameter> params = sweep.file().parameters();
        for (int k = 0; k < params.size(); k++) {
            if (k != xi && k != si && !levels.get(k).label().equals(params.get(k).levels().get(0).label())) return false;
        }
        return true;
    }

    /**
     * A name from the files as words: "overdose_deaths" and "kitsPerYearPer100k" read "overdose deaths", "kits per year per 100k";
     * a share, "naloxone_reversals_share_of_overdoses", "naloxone reversals as a share of overdoses".
     */
    static String words(String name) {
        int share = name.indexOf(MeasureLabel.SHARE_OF);
        if (share > 0) return words(name.substring(0, share)) + " as a share of " + words(name.substring(share + MeasureLabel.SHARE_OF.length()));
        return name.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("([a-zA-Z])(\\d)", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String shortName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

}
