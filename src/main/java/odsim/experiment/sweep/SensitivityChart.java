package odsim.experiment.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * {@code sensitivity.png} and {@code sensitivity.svg}: for the sweep's chart measure, each
 * parameter's partial rank correlation as a point with its 95% interval, the strongest at the top,
 * on a scale from -1 to 1 with a line at 0.
 */
final class SensitivityChart {
    private SensitivityChart() {}

    /** The chart for {@code measure}, or null when no parameter's correlation could be computed. */
    static JFreeChart of(Sweep sweep, List<Sensitivity.Row> rows, String measure) {
        List<Sensitivity.Row> shown = new ArrayList<>();
        for (Sensitivity.Row r : rows) if (r.measure().equals(measure) && !Double.isNaN(r.prcc())) shown.add(r);
        if (shown.isEmpty()) return null;
        // Weakest first: the symbol axis counts upward, so the strongest ends at the top.
        shown.sort(Comparator.comparingDouble((Sensitivity.Row r) -> Math.abs(r.prcc())));
        XYIntervalSeries series = new XYIntervalSeries("partial rank correlation, 95% interval");
        String[] names = new String[shown.size()];
        for (int k = 0; k < shown.size(); k++) {
            Sensitivity.Row r = shown.get(k);
            names[k] = r.parameter();
            double lo = Double.isNaN(r.lower95()) ? r.prcc() : r.lower95(), hi = Double.isNaN(r.upper95()) ? r.prcc() : r.upper95();
            series.add(r.prcc(), lo, hi, k, k, k);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis x = new NumberAxis("partial rank correlation with " + measure + " (whole horizon, mean of " + sweep.replications()
                + " replications, " + sweep.points().size() + " points)");
        x.setRange(-1.05, 1.05);
        SymbolAxis y = new SymbolAxis(null, names);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setBaseLinesVisible(false);
        renderer.setSeriesPaint(0, new Color(0, 114, 178));
        renderer.setErrorStroke(new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart("Sweep " + sweep.name() + ": what moves " + measure, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes the chart for the sweep's chart measure, if there is one to draw. */
    static void write(Sweep sweep, List<Sensitivity.Row> rows, Path dir) {
        JFreeChart chart = of(sweep, rows, sweep.file().chart().measure());
        if (chart != null) SweepChart.write(chart, dir, "sensitivity", Math.max(300, 160 + 60 * sweep.file().parameters().size()));
    }
}
