package odsim.scenario;

/**
 * The policy levers of a scenario, each off by default. They act on people through the model's
 * mechanisms (who holds naloxone, where people use, who is arrested, how volatile the supply is),
 * never by scaling deaths.
 */
public record Policies(
        NaloxonePolicy naloxone,
        OpcPolicy opc,
        DecriminalizationPolicy decriminalization,
        PolicingPolicy policing,
        SupplyPressurePolicy supplyPressure,
        SafeSupplyPolicy safeSupply,
        MedicationPolicy medication,
        RootCausesPolicy rootCauses,
        DrugCheckingPolicy drugChecking,
        AbstinencePolicy abstinence,
        PrescribingPolicy prescribing,
        SterileSuppliesPolicy sterileSupplies,
        RecordClearingPolicy recordClearing) {}
