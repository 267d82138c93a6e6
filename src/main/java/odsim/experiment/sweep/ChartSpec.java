package odsim.experiment.sweep;

/**
 * The sweep's chart: a measure's whole-horizon mean (with its 95% interval) against one swept
 * parameter ({@code x}), with one line per level of a second one ({@code series}, may be null),
 * or, when {@code y} is given, a heat map of the mean over the grid of {@code x} and {@code y};
 * with {@code relative}, the paired difference from point 0 instead of the mean.
 */
public record ChartSpec(String measure, String x, String series, String y, boolean relative) {}
