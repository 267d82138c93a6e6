package odsim.scenario;

/**
 * Decriminalization of possession: no arrests for it, less fear of calling 911, less using
 * alone (people stop hiding), and more people seeking treatment.
 */
public record DecriminalizationPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1,
                source = "scenario: 0 is off; 1 is full decriminalization of possession",
                doc = "Scale of the policy by date") DatedCurve level,
        @Param(value = "0.65", unit = "probability per witnessed overdose", min = 0, max = 1,
                source = "assumption: where fear of arrest is gone most witnesses call (fear of police is the main reason given for not calling)",
                doc = "Chance a witness calls 911 under full decriminalization") double call911,
        @Param(value = "0.3", unit = "share", min = 0, max = 1, source = "assumption",
                doc = "Reduction in the chance of using alone under full decriminalization") double lessUsingAlone,
        @Param(value = "0.25", unit = "share", min = 0, max = 10, source = "assumption",
                doc = "Rise in treatment starts under full decriminalization (0.25 = 25% more)") double moreTreatmentSeeking) {}
