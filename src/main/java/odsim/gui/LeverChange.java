package odsim.gui;

import odsim.scenario.Scenario;

/** A lever moved during a run: from {@code day} on, the run followed {@code scenario}. */
record LeverChange(int day, Scenario scenario) {}
