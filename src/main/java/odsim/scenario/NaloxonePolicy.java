package odsim.scenario;

/**
 * Naloxone distribution: kits handed to people who use opioids who hold none. Held kits are
 * lost, used or expire ({@code cascade.kitLossPerYear}); the chance that a witness has naloxone
 * rises with the share of people who use and hold a kit ({@code cascade.witnessKitAtFullHolding}).
 */
public record NaloxonePolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1,
                source = "scenario: 0 is off; dated points give the start, ramp-up and end",
                doc = "Scale of the program by date") DatedCurve level,
        @Param(value = "1000", unit = "kits per year at full scale, per 100,000 residents", min = 0, max = 1e7,
                source = "assumption: a large program hands out about 20,000 kits a year in a region of 2 million",
                doc = "Kits distributed") double kitsPerYearPer100k,
        @Param(value = "75", unit = "USD per kit", min = 0, max = 1e12, source = "odsim's model brief (MODEL.md; it names no primary source): naloxone kit about $55 (price year not stated, taken as 2023 dollars) plus distribution (assumption: $20)",
                doc = "Cost per kit distributed") double costPerKit) {}
