package odsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.util.Collections;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/**
 * Presentation mode ({@code odsim gui --present}): the GUI readable from the back of a room at
 * 1280x720, nothing under 18 px, with large play, pause and stop buttons. Our windows draw with
 * {@link ChartStyle.TextSizes#PROJECTED}; MASON's Console, which sets some fonts of its own, is
 * enlarged after it is built.
 */
final class Presentation {
    /** The smallest text in presentation mode, in pixels (Java draws a font's size in pixels at 1x scale). */
    static final float MIN_TEXT = ChartStyle.TextSizes.PROJECTED.small();

    private Presentation() {}

    /** Before any window is made: every window of this process draws in presentation sizes. */
    static void turnOn() {
        ChartStyle.sizes = ChartStyle.TextSizes.PROJECTED;
        for (Object key : Collections.list(UIManager.getDefaults().keys())) {
            if (UIManager.get(key) instanceof FontUIResource f && f.getSize2D() < MIN_TEXT) {
                UIManager.put(key, new FontUIResource(f.deriveFont(MIN_TEXT)));
            }
        }
    }

    static boolean on() {
        return ChartStyle.sizes == ChartStyle.TextSizes.PROJECTED;
    }

    /** Raises every font under {@link #MIN_TEXT} in {@code root} to it (components that set their own). */
    static void enlarge(Component root) {
        Font f = root.getFont();
        if (f != null && f.getSize2D() < MIN_TEXT) root.setFont(f.deriveFont(MIN_TEXT));
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) enlarge(child);
        }
    }

    /**
     * The smallest text size, in pixels, that {@code root} shows: the fonts of its showing
     * components and of the titles, legends and axes of its charts.
     */
    static float smallestText(Component root) {
        float smallest = Float.MAX_VALUE;
        if (root.isShowing() && root.getFont() != null && shows(root)) smallest = root.getFont().getSize2D();
        if (root instanceof ChartPanel p && p.isShowing()) smallest = Math.min(smallest, smallestText(p.getChart()));
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) smallest = Math.min(smallest, smallestText(child));
        }
        return smallest;
    }

    /** Components that draw text in their font (panels and scroll bars do not). */
    private static boolean shows(Component c) {
        return c instanceof javax.swing.JLabel || c instanceof javax.swing.AbstractButton || c instanceof javax.swing.text.JTextComponent
                || c instanceof javax.swing.JComboBox || c instanceof javax.swing.JTabbedPane || c instanceof javax.swing.JList
                || c instanceof javax.swing.JTable;
    }

    private static float smallestText(JFreeChart chart) {
        float smallest = Float.MAX_VALUE;
        if (chart.getTitle() != null) smallest = chart.getTitle().getFont().getSize2D();
        LegendTitle legend = chart.getLegend();
        if (legend != null) smallest = Math.min(smallest, legend.getItemFont().getSize2D());
        if (chart.getPlot() instanceof XYPlot plot) {
            for (var axis : new org.jfree.chart.axis.Axis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                if (axis == null) continue;
                if (axis.isTickLabelsVisible()) smallest = Math.min(smallest, axis.getTickLabelFont().getSize2D());
                if (axis.getLabel() != null && !axis.getLabel().isEmpty()) smallest = Math.min(smallest, axis.getLabelFont().getSize2D());
            }
        }
        return smallest;
    }
}
