package odsim.scenario;

/**
 * Safe supply: pharmaceutical opioids of known potency replace a share of an enrolled person's
 * street use-days. The delivery model (prescriber, compassion club, regulated retail) sets how
 * many people it reaches and keeps, and its cost; the scale and capacity are the scenario's.
 */
public record SafeSupplyPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1,
                source = "scenario: 0 is off; dated points give the start, ramp-up and end", doc = "Scale of the program by date") DatedCurve level,
        @Param(value = "prescriber", unit = "delivery model", source = "scenario",
                doc = "prescriber (clinic-based), compassion_club (the DULF model) or regulated_retail (sold in stores, like alcohol)") DeliveryModel model,
        @Param(value = "500", unit = "clients at full scale, per 100,000 residents", min = 0, max = 100000,
                source = "assumption: a large program; regulated retail is limited by demand, not slots", doc = "Capacity") double capacityPer100k,
        @Param(value = "0.9", unit = "share of use-days", min = 0, max = 1,
                source = "Slaunwhite et al. 2024: most benefit where opioids were dispensed on at least four days a week (assumption for the share)",
                doc = "Share of an enrolled person's use-days taken from the safe supply") double replacedShare) {

    /**
     * What the delivery models differ in, as multipliers of each other (all {@code assumption}:
     * no trial compares them): yearly enrolment of people using street opioids, yearly dropout,
     * and the cost per client-year in US dollars.
     */
    public enum DeliveryModel {
        /** Prescriber-based: clinic visits and witnessed dosing keep uptake low and cost high. */
        PRESCRIBER(0.15, 0.8, 8000),
        /** Compassion club (DULF): tested drugs through a member club; easier uptake, cheaper. */
        COMPASSION_CLUB(0.35, 0.6, 4000),
        /** Regulated retail: sold in licensed stores like alcohol; highest reach, lowest cost to government. */
        REGULATED_RETAIL(0.8, 0.3, 1500);

        public final double enrolmentPerYear, dropoutPerYear, costPerClientYear;

        DeliveryModel(double enrolmentPerYear, double dropoutPerYear, double costPerClientYear) {
            this.enrolmentPerYear = enrolmentPerYear;
            this.dropoutPerYear = dropoutPerYear;
            this.costPerClientYear = costPerClientYear;
        }
    }
}
