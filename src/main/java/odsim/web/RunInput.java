package odsim.web;

import java.util.Map;

/**
 * A run as a browser asks for it, every value as the text typed: the scenario's id, agents, seed,
 * the horizon's last day, the day the levers moved take effect, and the levers moved (parameter
 * path to value). Checked by {@link RunForm}; empty texts mean "as the scenario has it".
 */
record RunInput(String scenario, String agents, String seed, String end, String from, Map<String, String> levers) {
    RunInput {
        levers = levers == null ? Map.of() : levers;
    }
}
