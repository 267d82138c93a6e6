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

    /**
     * Text sizes in pixels: at a desk, or projected for a class ({@code odsim gui --present}:
     * readable from the back of a room, nothing under 18 px).
     */
    record TextSizes(float title, float text, float small, float marker) {
        static final TextSizes DESK = new TextSizes(14, 12, 11, 10);
        static final TextSizes PROJECTED = new TextSizes(24, 18, 18, 18);

        Font titleFont() {
            return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(title));
        }

        Font textFont() {
            return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(text));
        }

        Font smallFont() {
            return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(small));
        }
    }

    /** The sizes every window of this process draws with; set once, before any window is made. */
    static TextSizes sizes = TextSizes.DESK;

    private ChartStyle() {}

    /** A plot of {@code data} over dates, one tick a year. */
    static XYPlot overYears(XYDataset data, String yLabel, XYItemRenderer renderer) {
        DateAxis time = new DateAxis();
        TimeZone utc = TimeZone.getTimeZone("UTC");
        time.setTimeZone(utc);
        SimpleDateFormat year = new SimpleDateFormat("yyyy");
        year.setTimeZone(utc);
        time.setDateFormatOverride(year);
        // Projected, 18-pixel years a year apart run into each other: every other year.
        time.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, sizes == TextSizes.PROJECTED ? 2 : 1));
        time.setTickLabelFont(sizes.smallFont());
        NumberAxis value = new NumberAxis(yLabel);
        value.setLabelFont(sizes.textFont());
        value.setTickLabelFont(sizes.smallFont());
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
        chart.getLegend().setItemFont(sizes.smallFont());
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
