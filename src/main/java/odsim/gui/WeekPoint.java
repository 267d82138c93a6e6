package odsim.gui;

import java.time.LocalDate;

/**
 * One week of a run as the live charts show it: overdose deaths in the week by setting (and
 * their average over the last weeks), people in each state at the week's end, costs by
 * category since the start, the fentanyl share.
 */
record WeekPoint(LocalDate end, double[] deaths, double[] averageDeaths, double[] people, double[] cumulativeCosts,
                 double fentanylShare) {}
