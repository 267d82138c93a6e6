package odsim.experiment.sweep;

import java.util.List;

/** One point of a sweep's design: a level for each swept parameter, in the sweep file's order. */
public record Point(int index, List<Level> levels) {}
