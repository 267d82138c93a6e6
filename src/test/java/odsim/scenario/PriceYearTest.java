package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import odsim.scenario.Binder;
import odsim.scenario.Problems;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.Valuation;
import org.junit.jupiter.api.Test;

/**
 * Defaults from sources in other years' dollars are stated in dollars of {@link PriceYear#YEAR}:
 * each equals its source's figure times the CPI-U ratio, to the rounding written in its source.
 */
class PriceYearTest {
    @Test
    void convertedDefaultsEqualTheirSourceTimesTheCpiRatio() {
        Scenario s = ScenarioLoader.defaults("prices");
        assertEquals(PriceYear.fromYear(6552, 2016), s.costs().methadoneYear(), 0.5, "NIDA methadone, 2016 dollars");
        assertEquals(PriceYear.fromYear(5980, 2016), s.costs().buprenorphineYear(), 0.5, "NIDA buprenorphine, 2016 dollars");
        assertEquals(PriceYear.fromYear(6552, 2016), s.policies().medication().costInCustodyYear(), 0.5, "methadone in custody");
        assertEquals(PriceYear.fromYear(31000, 2010), s.costs().prisonYear(), 0.5, "Vera prison, 2010 dollars");
        assertEquals(PriceYear.fromYear(1.8e6, 2016), s.policies().opc().costPerSiteYear(), 500, "Irwin et al., 2016 dollars");
        Valuation v = new Binder(new Problems()).bind(Valuation.class, null, "valuation");
        assertEquals(PriceYear.fromYear(9.6e6, 2014), v.valueOfStatisticalLife(), 500, "HHS VSL, 2014 dollars");
    }

    @Test
    void theCpiRatioIsOneInThePriceYearAndUnknownYearsAreRefused() {
        assertEquals(100.0, PriceYear.fromYear(100, PriceYear.YEAR), 0.0);
        assertEquals(8318.12, PriceYear.fromYear(6552, 2016), 0.01);
        assertThrows(IllegalArgumentException.class, () -> PriceYear.fromYear(1, 1999));
    }
}
