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
                doc = "Share of an enrolled person's use-days taken from the safe supply") double replacedShare,
        @Param(value = "-", unit = "per year", min = 0, max = 50, source = "the delivery model's default (see DeliveryModel)",
                doc = "Requests to enrol per person-year of street use at full scale; absent: the delivery model's (prescriber 0.15, compassion_club 0.35, regulated_retail 0.8)") Double enrolmentPerYear,
        @Param(value = "-", unit = "per year", min = 0, max = 50, source = "the delivery model's default (see DeliveryModel)",
                doc = "Dropout per client-year; absent: the delivery model's (prescriber 0.6, compassion_club 0.6, regulated_retail 0.3)") Double dropoutPerYear,
        @Param(value = "-", unit = "US dollars per client-year", min = 0, max = 1e7, source = "the delivery model's default (see DeliveryModel)",
                doc = "Cost per client-year; absent: the delivery model's (prescriber 8000, compassion_club 4000, regulated_retail 1500)") Double costPerClientYear) {

    /** Requests to enrol per person-year of street use at full scale: the scenario's, or the delivery model's. */
    public double enrolment() {
        return enrolmentPerYear != null ? enrolmentPerYear : model.enrolmentPerYear;
    }

    /** Dropout per client-year: the scenario's, or the delivery model's. */
    public double dropout() {
        return dropoutPerYear != null ? dropoutPerYear : model.dropoutPerYear;
    }

    /** Cost per client-year: the scenario's, or the delivery model's. */
    public double cost() {
        return costPerClientYear != null ? costPerClientYear : model.costPerClientYear;
    }


    /**
     * The delivery models' defaults for yearly enrolment of people using street opioids, yearly
     * dropout and the cost per client-year in US dollars, each settable in a scenario. No trial
     * compares the models; the prescriber's enrolment is an assumption (British Columbia's
     * prescribed safer supply reached 5,882 people in its first 17 months, Slaunwhite et al.
     * 2024, BMJ; a program with places to give reaches more), its dropout between NAOMI's
     * injectable treatment (87.8% retained at 12 months, Oviedo-Joekes et al. 2009, NEJM: about
     * 0.13 a year) and methadone's 1.05 a year (Fairley et al. 2021), as Gomes et al. 2025 found
     * safer-supply recipients less likely to stop than people starting methadone. The others are
     * assumptions relative to it.
     */
    public enum DeliveryModel {
        /** Prescriber-based: clinic visits and witnessed dosing keep uptake low and cost high. */
        PRESCRIBER(0.15, 0.6, 8000),
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
