package odsim.web;

import java.util.Arrays;
import odsim.economics.CostCategory;
import odsim.model.UseState;
import odsim.results.Measure;

/** What the page's charts show of a run: overdose deaths, people in the states levers move, costs by the report's groups. */
final class Charted {
    private Charted() {}

    /** The states the desktop GUI charts too: those the levers move, not the people not using opioids. */
    static final UseState[] STATES = {UseState.STREET, UseState.NONMEDICAL, UseState.PRESCRIBED, UseState.METHADONE,
        UseState.BUPRENORPHINE, UseState.SAFE_SUPPLY, UseState.REHAB, UseState.JAIL, UseState.PRISON, UseState.REMISSION};
    static final String[] STATE_LABELS = Arrays.stream(STATES).map(s -> s.label().replace('_', ' ')).toArray(String[]::new);

    /** The report's cost groups, without lives lost (not a cost paid). */
    static final CostCategory.Group[] COST_GROUPS = Arrays.stream(CostCategory.Group.ALL)
            .filter(g -> g != CostCategory.Group.LIVES).toArray(CostCategory.Group[]::new);
    static final String[] COST_LABELS = Arrays.stream(COST_GROUPS).map(g -> g.description).toArray(String[]::new);
    static final Measure[][] COST_MEASURES = Arrays.stream(COST_GROUPS)
            .map(g -> Arrays.stream(CostCategory.ALL).filter(c -> c.group == g && c.measure != null).map(c -> c.measure).toArray(Measure[]::new))
            .toArray(Measure[][]::new);
}
