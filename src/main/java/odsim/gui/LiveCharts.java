package odsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The four live charts of a run: overdose deaths per week by setting, people in each state,
 * cumulative costs by category, and the fentanyl share of the street supply, each over the
 * whole horizon so the curves grow from left to right. Lines mark the days a lever started or
 * was moved. The previous run's overdose deaths stay on the deaths chart as a faint line, so a
 * class sees before and after a lever on one chart. Every method runs on the Swing thread.
 */
final class LiveCharts {
    static final Color[] DEATH_COLOURS = {Color.BLACK, new Color(0xC0392B), new Color(0xE67E22), new Color(0x27AE60), new Color(0x8E44AD)};
    private static final Color[] STATE_COLOURS = {new Color(0xC0392B), new Color(0xE67E22), new Color(0x95A5A6), new Color(0x2980B9),
        new Color(0x16A085), new Color(0x27AE60), new Color(0xF1C40F), new Color(0x7F8C8D), new Color(0x2C3E50), new Color(0x8E44AD)};
    private static final Color[] COST_COLOURS = {new Color(0xE74C3C), new Color(0x3498DB), new Color(0x34495E), new Color(0x2ECC71),
        new Color(0xF39C12), new Color(0x1ABC9C)};

    private final XYSeries[] deaths = series(WeeklyTotals.DEATH_LABELS);
    private final XYSeries[] people = series(ChartedMeasures.STATE_LABELS);
    private final XYSeries[] costs = new XYSeries[ChartedMeasures.COST_LABELS.length];
    private final XYSeries fentanyl = new XYSeries("fentanyl share of street batches (%)", false, false);
    /** All overdose deaths of the run before this one (empty before a second run of the scenario). */
    private final XYSeries previousDeaths = new XYSeries("previous run", false, false);
    private final XYLineAndShapeRenderer previousLine = new XYLineAndShapeRenderer(true, false);
    static final Color PREVIOUS = new Color(0x9A9A9A);
    private final List<XYPlot> plots = new ArrayList<>();
    /** The four charts in order: deaths, people, costs, supply. */
    private final List<ChartPanel> charts = new ArrayList<>();
    private final JPanel panel = new JPanel(new GridLayout(2, 2, 4, 4));
    private double deathsSoFar;
    private int labelled;

    LiveCharts() {
        XYSeriesCollection deathData = new XYSeriesCollection();
        for (XYSeries s : deaths) deathData.addSeries(s);
        XYSeriesCollection peopleData = new XYSeriesCollection();
        for (XYSeries s : people) peopleData.addSeries(s);
        XYSeriesCollection costData = new XYSeriesCollection();
        for (int g = 0; g < costs.length; g++) {
            costs[g] = new XYSeries(ChartedMeasures.COST_LABELS[g], false, false);
            costData.addSeries(costs[g]);
        }
        XYSeriesCollection supplyData = new XYSeriesCollection(fentanyl);

        panel.setBackground(Color.WHITE);
        panel.add(chart("Overdose deaths per week (average of " + WeeklyTotals.AVERAGED_WEEKS + " weeks)", "deaths per week", deathData, lines(DEATH_COLOURS, true)));
        // Drawn behind this run's lines (a plot draws its later datasets first).
        previousLine.setSeriesPaint(0, PREVIOUS);
        previousLine.setSeriesStroke(0, new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        previousLine.setSeriesVisibleInLegend(0, false);
        plots.get(0).setDataset(1, new XYSeriesCollection(previousDeaths));
        plots.get(0).setRenderer(1, previousLine);
        panel.add(chart("People in each state", "people", peopleData, lines(STATE_COLOURS, false)));
        // Stacked by hand: each series holds its category plus those before it, and the plot
        // draws the last (the total) first, so each category shows as its own band.
        XYAreaRenderer stacked = new XYAreaRenderer(XYAreaRenderer.AREA);
        for (int g = 0; g < COST_COLOURS.length; g++) stacked.setSeriesPaint(g, COST_COLOURS[g]);
        panel.add(chart("Costs since the start, by category", "USD millions", costData, stacked));
        panel.add(chart("The street supply", "% of batches with fentanyl", supplyData, lines(new Color[] {new Color(0x8E44AD)}, false)));
    }

    /** The four charts in a two-by-two grid (at a desk). */
    JPanel panel() {
        return panel;
    }

    /**
     * The charts in pairs, each pair side by side in a panel of its own: deaths and people, then
     * costs and the supply (projected, where a two-by-two grid leaves each plot too little height).
     * Takes the charts out of {@link #panel}.
     */
    List<JPanel> pairs() {
        List<JPanel> out = new ArrayList<>();
        for (int k = 0; k < charts.size(); k += 2) {
            JPanel pair = new JPanel(new GridLayout(1, 2, 6, 6));
            pair.setBackground(Color.WHITE);
            pair.add(charts.get(k));
            pair.add(charts.get(k + 1));
            out.add(pair);
        }
        return out;
    }

    double deathsSoFar() {
        return deathsSoFar;
    }

    int weeksShown() {
        return deaths[0].getItemCount();
    }

    /**
     * Clears the series and sets the date axes to a horizon, for a new run of the same scenario:
     * the run just shown, if it has any weeks, becomes the faint previous run.
     */
    void reset(LocalDate start, LocalDate end) {
        if (deaths[0].getItemCount() > 0) {
            previousDeaths.clear();
            for (int k = 0; k < deaths[0].getItemCount(); k++) previousDeaths.add(deaths[0].getDataItem(k), false);
            previousDeaths.setKey(String.format(java.util.Locale.ROOT, "previous run: %,.0f deaths by %s", deathsSoFar,
                    ChartStyle.date(deaths[0].getMaxX())));
            previousLine.setSeriesVisibleInLegend(0, true);
            previousDeaths.fireSeriesChanged();
        }
        clearRun(start, end);
    }

    /** {@link #reset} for another scenario: the previous run is cleared too (it was another scenario's). */
    void resetAll(LocalDate start, LocalDate end) {
        previousDeaths.clear();
        previousLine.setSeriesVisibleInLegend(0, false);
        clearRun(start, end);
    }

    /** How many weeks the faint previous run has on the chart (0 before a second run). */
    int previousWeeks() {
        return previousDeaths.getItemCount();
    }

    String previousLabel() {
        return (String) previousDeaths.getKey();
    }

    private void clearRun(LocalDate start, LocalDate end) {
        for (XYSeries s : deaths) s.clear();
        for (XYSeries s : people) s.clear();
        for (XYSeries s : costs) s.clear();
        fentanyl.clear();
        deathsSoFar = 0;
        labelled = 0;
        for (XYPlot plot : plots) {
            plot.clearDomainMarkers();
            ((DateAxis) plot.getDomainAxis()).setRange(ChartStyle.millis(start), ChartStyle.millis(end.plusDays(1)));
        }
    }

    /** Adds weeks to every chart, redrawing each chart once. */
    void add(List<WeekPoint> weeks) {
        if (weeks.isEmpty()) return;
        for (WeekPoint w : weeks) {
            double x = ChartStyle.millis(w.end());
            for (int k = 0; k < deaths.length; k++) deaths[k].add(x, w.averageDeaths()[k], false);
            for (int k = 0; k < people.length; k++) people[k].add(x, w.people()[k], false);
            double stack = 0;
            for (int g = 0; g < costs.length; g++) {
                stack += w.cumulativeCosts()[g] / 1e6;
                costs[g].add(x, stack, false);
            }
            fentanyl.add(x, 100 * w.fentanylShare(), false);
            deathsSoFar += w.deaths()[0];
        }
        for (XYSeries s : deaths) s.fireSeriesChanged();
        for (XYSeries s : people) s.fireSeriesChanged();
        for (XYSeries s : costs) s.fireSeriesChanged();
        fentanyl.fireSeriesChanged();
    }

    /** A vertical line on every chart on {@code date}, labelled on the deaths chart. */
    void mark(LocalDate date, String label) {
        for (int k = 0; k < plots.size(); k++) {
            ValueMarker marker = new ValueMarker(ChartStyle.millis(date), new Color(0x555555),
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            if (k == 0) {
                marker.setLabel(label);
                marker.setLabelFont(ChartStyle.sizes.smallFont());
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                // Labels of markers close together step down so they stay readable.
                marker.setLabelOffset(new RectangleInsets(4 + (ChartStyle.sizes.small() + 2) * (labelled++ % 5), 2, 2, 2));
            }
            plots.get(k).addDomainMarker(marker);
        }
    }

    private ChartPanel chart(String title, String yLabel, org.jfree.data.xy.XYDataset data, XYItemRenderer renderer) {
        XYPlot plot = ChartStyle.overYears(data, yLabel, renderer);
        plots.add(plot);
        ChartPanel p = ChartStyle.panel(plot, title, ChartStyle.sizes.titleFont());
        charts.add(p);
        return p;
    }

    private static XYLineAndShapeRenderer lines(Color[] colours, boolean firstThick) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < colours.length; k++) {
            r.setSeriesPaint(k, colours[k]);
            r.setSeriesStroke(k, new BasicStroke(k == 0 && firstThick ? 2.6f : 1.6f));
        }
        return r;
    }

    private static XYSeries[] series(String[] labels) {
        XYSeries[] out = new XYSeries[labels.length];
        for (int k = 0; k < labels.length; k++) out[k] = new XYSeries(labels[k], false, false);
        return out;
    }
}
