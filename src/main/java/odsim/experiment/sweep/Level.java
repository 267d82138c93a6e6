package odsim.experiment.sweep;

import odsim.scenario.YNode;

/**
 * One value a swept parameter takes: the {@code label} that names it in results (the number as
 * written, or the name of a named alternative such as a fentanyl trajectory) and the YAML value
 * set at the parameter's path.
 */
public record Level(String label, YNode value) {}
