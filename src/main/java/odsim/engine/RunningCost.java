package odsim.engine;

/** A lever with a running cost by day (sites, slots, programs), added when the day closes ({@link DayClose}). */
interface RunningCost {
    /**
     * Adds today's running cost to {@code today} (counts in agents), given the day's share of a
     * year and the people each agent stands for; region-wide costs are divided by it, as
     * everything is scaled up afterwards.
     */
    void addTo(double[] today, int day, double perDay, double scale);
}
