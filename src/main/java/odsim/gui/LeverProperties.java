package odsim.gui;

import sim.util.Interval;
import sim.util.Properties;

/**
 * The levers as properties of the Console's Model tab: a slider for each level (bounded to the
 * values it can take), a checkbox for a switch. A move takes effect from the next day.
 */
final class LeverProperties extends Properties {
    private static final long serialVersionUID = 1L;
    private final transient OdsimGui gui;

    LeverProperties(OdsimGui gui) {
        this.gui = gui;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return Lever.ALL.length;
    }

    @Override
    public Object getValue(int index) {
        Lever lever = Lever.ALL[index];
        double v = gui.lever(lever);
        // Shown to two decimals: a dated curve's value of the day would fill the field with digits.
        return lever.isSwitch() ? (Object) (v >= 0.5) : (Object) (Math.round(v * 100) / 100.0);
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public String getName(int index) {
        return Lever.ALL[index].label;
    }

    @Override
    public Class<?> getType(int index) {
        return Lever.ALL[index].isSwitch() ? Boolean.TYPE : Double.TYPE;
    }

    @Override
    public Object getDomain(int index) {
        Lever lever = Lever.ALL[index];
        return lever.isSwitch() ? null : new Interval(lever.min, lever.max);
    }

    @Override
    public String getDescription(int index) {
        Lever lever = Lever.ALL[index];
        return lever == Lever.FENTANYL ? "Share of street batches containing fentanyl, from the next day"
                : lever.label + ": " + (lever.isSwitch() ? "on or off" : "scale " + lever.min + " to " + lever.max) + ", from the next day";
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Lever lever = Lever.ALL[index];
        double v = value instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) value).doubleValue();
        if (Double.isNaN(v)) return getValue(index);
        gui.setLever(lever, v);
        return getValue(index);
    }
}
