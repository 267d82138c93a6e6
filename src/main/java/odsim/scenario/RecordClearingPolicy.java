package odsim.scenario;

/**
 * Retroactive record clearing (expungement, automatic "clean slate" sealing) and the end of civil
 * penalties for drug convictions: the records of the people reached are cleared, so the economic
 * stress their pain returns to falls. Arrests after the clearing make records again.
 */
public record RecordClearingPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1, source = "scenario: 0 is off", doc = "Scale of the clearing by date") DatedCurve level,
        @Param(value = "0.5", unit = "share of people with a record", min = 0, max = 1,
                source = "assumption: automatic clearing of the records that are eligible; petition-based clearing reaches only 6.5% of those eligible within 5 years (Prescott & Starr 2020)",
                doc = "Share of people with a record whose record is cleared at full scale") double share,
        @Param(value = "500", unit = "USD per record cleared", min = 0, max = 1e12,
                source = "assumption: between automated sealing (a few dollars a record) and a petition with legal help ($900-1,500 in fees, consumer legal guides), 2023 dollars",
                doc = "Cost per record cleared") double costPerClearance) {}
