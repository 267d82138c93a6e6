package odsim.gui;

import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** How the GUI's charts look: a white plot over calendar years (UTC), a small legend, drawn at any window size. */
final class ChartStyle {
    static final Color GRID = new Color(0xDDDDDD);

    private ChartStyle() {}

    /** A plot of {@code data} over dates, one tick a year. */
    static XYPlot overYears(XYDataset data, String yLabel, XYItemRenderer renderer) {
        DateAxis time = new DateAxis();
        TimeZone utc = TimeZone.getTimeZone("UTC");
        time.setTimeZone(utc);
        SimpleDateFormat year = new SimpleDateFormat("yyyy");
        year.setTimeZone(utc);
        time.setDateFormatOverride(year);
        time.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, 1));
        NumberAxis value = new NumberAxis(yLabel);
        value.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, time, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    /** The plot in a chart panel, with a title (or none) and a legend. */
    static ChartPanel panel(XYPlot plot, String title, Font titleFont) {
        JFreeChart chart = new JFreeChart(title, titleFont, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        ChartPanel p = new ChartPanel(chart, false, true, false, true, false);
        // Drawn at the window's size rather than scaled from a fixed buffer.
        p.setMinimumDrawWidth(200);
        p.setMinimumDrawHeight(100);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(3000);
        return p;
    }

    /** A date as the charts' x value: milliseconds at its start, UTC. */
    /** The date an x value of {@link #millis} stands for, as yyyy-mm-dd. */
    static String date(double millis) {
        return java.time.Instant.ofEpochMilli((long) millis).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
