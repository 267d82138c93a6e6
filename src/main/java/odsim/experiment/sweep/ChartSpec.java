package odsim.experiment.sweep;

/**
 * The sweep's chart: a measure's whole-horizon mean (with its 95% interval) against one swept
 * parameter ({@code x}), with one line per level of a second one ({@code series}, may be null);
 * with {@code relative}, the paired difference from point 0 instead of the mean.
 */
public record ChartSpec(String measure, String x, String series, boolean relative) {}
