package odsim.experiment.sweep;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.ui.RectangleEdge;

/**
 * The sweep's chart as a heat map: one cell per level of {@code x} and {@code y} (other grid
 * parameters at their first level), coloured and labelled by the measure's whole-horizon mean
 * (or its difference from point 0). Levels are placed in the order the sweep file lists them.
 */
final class SweepHeatMap {
    private SweepHeatMap() {}

    static JFreeChart of(Sweep sweep, List<SweepResults.PointMean> means, String valueLabel) {
        ChartSpec spec = sweep.file().chart();
        List<String> paths = sweep.file().parameterPaths();
        int xi = paths.indexOf(spec.x()), yi = paths.indexOf(spec.y());
        List<String> xs = sweep.file().parameters().get(xi).levels().stream().map(Level::label).toList();
        List<String> ys = sweep.file().parameters().get(yi).levels().stream().map(Level::label).toList();
        double[][] cells = new double[3][xs.size() * ys.size()];
        java.util.Arrays.fill(cells[2], Double.NaN);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        XYPlot plot = new XYPlot();
        for (SweepResults.PointMean pm : means) {
            List<Level> levels = pm.point().levels();
            if (!SweepChart.othersAtFirstLevel(sweep, levels, xi, yi)) continue;
            int cx = xs.indexOf(levels.get(xi).label()), cy = ys.indexOf(levels.get(yi).label()), k = cy * xs.size() + cx;
            cells[0][k] = cx;
            cells[1][k] = cy;
            cells[2][k] = pm.mean();
            lo = Math.min(lo, pm.mean());
            hi = Math.max(hi, pm.mean());
            XYTextAnnotation label = new XYTextAnnotation(String.format("%,.0f", pm.mean()), cx, cy);
            label.setFont(new Font("SansSerif", Font.PLAIN, 12));
            plot.addAnnotation(label);
        }
        if (!(hi > lo)) hi = lo + 1;
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        for (int s = 0; s < 64; s++) { // light yellow (low) to dark red (high)
            double t = s / 63.0;
            scale.add(lo + t * (hi - lo), new Color(255, (int) (245 - 180 * t), (int) (200 - 190 * t)));
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(spec.measure(), cells);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setDomainAxis(new SymbolAxis(spec.x(), xs.toArray(new String[0])));
        plot.setRangeAxis(new SymbolAxis(spec.y(), ys.toArray(new String[0])));
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart("Sweep " + sweep.name() + ": " + valueLabel, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis legendAxis = new NumberAxis(spec.measure());
        legendAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
