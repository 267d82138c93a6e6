package odsim.scenario;

/** Enforcement pressure on the supply: crackdowns make batches stronger and less predictable. */
public record SupplyPressurePolicy(
        @Param(value = "1", unit = "multiplier", min = 1, max = 10,
                source = "scenario: 1 is the status quo; the 'iron law of prohibition' says crackdowns raise potency and its spread",
                doc = "Multiplier of batch-to-batch and market volatility, by date (used to hundredths)") DatedCurve volatility,
        @Param(value = "5000000", unit = "USD per year at a multiplier of 2", min = 0, max = 1e12, source = "assumption: a crackdown's added policing, 2023 dollars",
                doc = "Cost of the crackdown, in proportion to the multiplier above 1") double costPerYearAtDouble) {}
