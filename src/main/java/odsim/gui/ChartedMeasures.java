package odsim.gui;

import java.util.Arrays;
import odsim.economics.CostCategory;
import odsim.model.UseState;
import odsim.results.Measure;

/**
 * What the live charts show of a run, the desktop GUI's and the browser app's alike: people in the
 * states the levers move, and costs by the report's groups.
 */
public final class ChartedMeasures {
    private ChartedMeasures() {}

    /** People in the states that the levers move (not the people not using opioids). */
    public static final UseState[] STATES = {UseState.STREET, UseState.NONMEDICAL, UseState.PRESCRIBED, UseState.METHADONE,
        UseState.BUPRENORPHINE, UseState.SAFE_SUPPLY, UseState.REHAB, UseState.JAIL, UseState.PRISON, UseState.REMISSION};
    /** {@link #STATES} in a word or two each, for a legend. */
    public static final String[] STATE_LABELS = {"street opioids", "misusing pills", "prescribed", "methadone", "buprenorphine",
        "safe supply", "rehab/detox", "jail", "prison", "remission"};

    /** The cost groups the report uses too ({@link CostCategory.Group}), without lives lost (not a cost paid). */
    private static final CostCategory.Group[] GROUPS = Arrays.stream(CostCategory.Group.ALL)
            .filter(g -> g != CostCategory.Group.LIVES).toArray(CostCategory.Group[]::new);
    public static final String[] COST_LABELS = Arrays.stream(GROUPS).map(g -> g.description).toArray(String[]::new);
    /** Each group's cost measures, in the order of {@link #COST_LABELS}. */
    public static final Measure[][] COST_MEASURES = Arrays.stream(GROUPS)
            .map(g -> Arrays.stream(CostCategory.ALL).filter(c -> c.group == g && c.measure != null).map(c -> c.measure).toArray(Measure[]::new))
            .toArray(Measure[][]::new);
}
