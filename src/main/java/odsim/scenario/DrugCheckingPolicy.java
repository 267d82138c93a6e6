package odsim.scenario;

/**
 * Drug checking: a share of street use-days checked; on a batch far stronger than expected a
 * person discards it, takes less, or makes sure someone is there.
 */
public record DrugCheckingPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1, source = "scenario: 0 is off", doc = "Scale of the service by date") DatedCurve level,
        @Param(value = "0.3", unit = "share of street use-days", min = 0, max = 1,
                source = "assumption: fentanyl test strips and checking services used on some days", doc = "Share of street use-days checked at full scale") double coverage,
        @Param(value = "1.5", unit = "relative potency", min = 1, max = 100,
                source = "assumption: a check flags batches well above the usual strength", doc = "A batch this many times the usual potency counts as strong") double strongAbove,
        @Param(value = "0.2", unit = "probability per strong result", min = 0, max = 1, source = "assumption", doc = "Chance the batch is discarded (no use that day)") double discard,
        @Param(value = "0.4", unit = "probability per strong result", min = 0, max = 1,
                source = "assumption: many who get a positive test report using less (Peiper et al. 2019)", doc = "Chance the person takes half the dose") double useLess,
        @Param(value = "0.3", unit = "probability per strong result", min = 0, max = 1, source = "assumption", doc = "Chance the person makes sure someone is there") double useWithOthers,
        @Param(value = "5", unit = "USD per check", min = 0, max = 1e12, source = "assumption: a test strip and distribution, 2023 dollars", doc = "Cost per check") double costPerCheck) {

    public DrugCheckingPolicy {
        if (discard + useLess + useWithOthers > 1 + 1e-9) {
            throw new IllegalArgumentException("discard + useLess + useWithOthers add up to more than 1");
        }
    }
}
