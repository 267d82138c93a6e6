package odsim.experiment.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import odsim.results.Csv;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What a calibration's ensemble looks like beside what it was fitted to, as charts and CSV: each
 * measure's observed values and ranges against the ensemble's median and 95% band by year (held-out
 * years marked); each parameter's kept values within its prior range (the marginal against the
 * prior: a parameter the targets pin down is kept in a narrow part of its range); and the rank
 * correlation of each pair of parameters among the kept sets (pairs that trade off, one high where
 * the other is low, show as strong negative correlations).
 */
final class EnsembleDiagnostics {
    static final String PARAMETERS = "ensemble-parameters.csv", PAIRS = "ensemble-pairs.csv";
    private static final Color OBSERVED = Color.BLACK, MODEL = new Color(0, 114, 178);

    private EnsembleDiagnostics() {}

    /** Writes the charts ({@code ensemble-targets-MEASURE}, {@code ensemble-parameters}) and the CSVs into {@code dir}. */
    static void write(Sweep sweep, List<Calibration.Fit> kept, List<Calibration.Prediction> predictions, Path dir) {
        List<String> measures = predictions.stream().filter(p -> !p.target().period().equals("total"))
                .map(p -> p.target().measure()).distinct().toList();
        for (String m : measures) SweepChart.write(targetsChart(sweep, m, predictions), dir, "ensemble-targets-" + m, SweepChart.HEIGHT);
        List<SweepParameter> ranged = sweep.file().parameters().stream().filter(SweepParameter::isRange).toList();
        if (ranged.isEmpty()) return;
        double[][] values = new double[ranged.size()][kept.size()];
        for (int k = 0; k < ranged.size(); k++) {
            int index = sweep.file().parameters().indexOf(ranged.get(k));
            for (int i = 0; i < kept.size(); i++) {
                values[k][i] = Double.parseDouble(sweep.points().get(kept.get(i).point()).levels().get(index).label());
            }
        }
        writeParameters(ranged, values, dir.resolve(PARAMETERS));
        writePairs(ranged, values, dir.resolve(PAIRS));
        SweepChart.write(parametersChart(sweep, ranged, values), dir, "ensemble-parameters", 90 + 46 * ranged.size());
    }

    /** Observed values with their ranges, and the ensemble's median with its band, by year. */
    static JFreeChart targetsChart(Sweep sweep, String measure, List<Calibration.Prediction> predictions) {
        XYIntervalSeries observed = new XYIntervalSeries("observed (range that counts as agreeing)");
        XYIntervalSeries model = new XYIntervalSeries("ensemble: median, 2.5th to 97.5th percentile");
        for (Calibration.Prediction p : predictions) {
            Target t = p.target();
            if (!t.measure().equals(measure) || t.period().equals("total")) continue;
            double year = Integer.parseInt(t.period());
            observed.add(year, year, year, t.value(), t.hasRange() ? t.lower() : t.value(), t.hasRange() ? t.upper() : t.value());
            model.add(year, year, year, p.median(), p.p025(), p.p975());
        }
        XYIntervalSeriesCollection modelData = new XYIntervalSeriesCollection();
        modelData.addSeries(model);
        XYIntervalSeriesCollection observedData = new XYIntervalSeriesCollection();
        observedData.addSeries(observed);
        NumberAxis x = new NumberAxis("year");
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new java.text.DecimalFormat("0")); // 2015, not 2,015
        NumberAxis y = new NumberAxis(SweepChart.words(measure));
        y.setAutoRangeIncludesZero(true);
        DeviationRenderer band = new DeviationRenderer(true, false);
        band.setSeriesPaint(0, MODEL);
        band.setSeriesFillPaint(0, MODEL);
        band.setSeriesStroke(0, new BasicStroke(2.2f));
        band.setAlpha(0.2f);
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDrawXError(false);
        bars.setBaseLinesVisible(false);
        bars.setSeriesPaint(0, OBSERVED);
        bars.setErrorPaint(OBSERVED);
        bars.setErrorStroke(new BasicStroke(1.5f));
        XYPlot plot = new XYPlot(observedData, x, y, bars);
        plot.setDataset(1, modelData);
        plot.setRenderer(1, band);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        Integer from = sweep.file().holdOutFrom();
        if (from != null) {
            ValueMarker held = new ValueMarker(from - 0.5, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[] {6f, 4f}, 0f));
            held.setLabel("held out: not fitted");
            held.setLabelFont(new Font("SansSerif", Font.PLAIN, 12));
            held.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_RIGHT);
            held.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(held);
        }
        JFreeChart chart = new JFreeChart("Calibration " + sweep.name() + ": " + SweepChart.words(measure), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("Each kept parameter set's mean over " + sweep.replications()
                + (sweep.replications() == 1 ? " replication" : " replications") + "; the band spans the kept sets",
                new Font("SansSerif", Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new org.jfree.ui.RectangleInsets(4, 4, 4, 24));
        return chart;
    }

    /** Each parameter on its own row, its kept values placed within its prior range (0 = the range's minimum, 1 = its maximum). */
    static JFreeChart parametersChart(Sweep sweep, List<SweepParameter> ranged, double[][] values) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries dots = new XYSeries("kept parameter sets");
        String[] names = new String[ranged.size()];
        for (int k = 0; k < ranged.size(); k++) {
            SweepParameter.Range r = ranged.get(k).range();
            names[k] = ranged.get(k).path() + " [" + Csv.number(r.min()) + ", " + Csv.number(r.max()) + "]";
            for (double v : values[k]) dots.add((v - r.min()) / (r.max() - r.min()), k);
        }
        data.addSeries(dots);
        // An ensemble design's ranges are the span of the sets it re-checked, not a prior: said so.
        boolean recheck = sweep.file().sets() != null;
        NumberAxis x = new NumberAxis("position in the " + (recheck ? "span of the sets re-checked" : "prior range") + " (0 = min, 1 = max)");
        x.setRange(-0.02, 1.02);
        SymbolAxis y = new SymbolAxis(null, names);
        y.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 12));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new Color(0, 114, 178, 150));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Calibration " + sweep.name() + ": kept parameter sets within the " + (recheck ? "span of the sets re-checked" : "prior ranges"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new org.jfree.ui.RectangleInsets(4, 4, 4, 24));
        return chart;
    }

    /** Per parameter: its prior range (the design's), and the kept sets' minimum, median and maximum. */
    private static void writeParameters(List<SweepParameter> ranged, double[][] values, Path file) {
        List<String> lines = new ArrayList<>(List.of("parameter,prior_min,prior_max,kept,kept_min,kept_median,kept_max,kept_share_of_prior_range"));
        for (int k = 0; k < ranged.size(); k++) {
            SweepParameter.Range r = ranged.get(k).range();
            org.apache.commons.math3.stat.descriptive.DescriptiveStatistics d = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(values[k]);
            lines.add(String.join(",", Csv.text(ranged.get(k).path()), Csv.number(r.min()), Csv.number(r.max()), Integer.toString(values[k].length),
                    Csv.number(d.getMin()), Csv.number(d.getPercentile(50)), Csv.number(d.getMax()),
                    Csv.number((d.getMax() - d.getMin()) / (r.max() - r.min()))));
        }
        writeLines(file, lines);
    }

    /** Per pair of parameters, Spearman's rank correlation among the kept sets (blank with fewer than 3). */
    private static void writePairs(List<SweepParameter> ranged, double[][] values, Path file) {
        List<String> lines = new ArrayList<>(List.of("parameter_a,parameter_b,kept,spearman"));
        for (int a = 0; a < ranged.size(); a++) {
            for (int b = a + 1; b < ranged.size(); b++) {
                int n = values[a].length;
                double rho = n < 3 ? Double.NaN : new SpearmansCorrelation().correlation(values[a], values[b]);
                lines.add(String.join(",", Csv.text(ranged.get(a).path()), Csv.text(ranged.get(b).path()), Integer.toString(n), Csv.number(rho)));
            }
        }
        writeLines(file, lines);
    }

    private static void writeLines(Path file, List<String> lines) {
        try {
            odsim.results.AtomicFile.writeLines(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
