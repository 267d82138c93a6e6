package odsim.scenario;

/**
 * The three pain drivers, each in [0, 1]: a person's own baseline, shocks that raise it, and a
 * return toward the baseline. Their weighted sum is the person's drive, which moves the rates of
 * initiation, escalation, cessation and relapse ({@link UseParams}).
 */
public record PainParams(
        @Param(value = "0.30", unit = "level 0-1", min = 0, max = 1, source = "assumption: chronic pain in about a third of people at risk",
                doc = "Mean baseline of physical pain") double physicalMean,
        @Param(value = "0.30", unit = "level 0-1", min = 0, max = 1, source = "assumption",
                doc = "Mean baseline of emotional pain (trauma, mental illness)") double emotionalMean,
        @Param(value = "0.25", unit = "level 0-1", min = 0, max = 1, source = "assumption",
                doc = "Mean baseline of economic stress (unemployment, housing)") double economicMean,
        @Param(value = "0.15", unit = "level 0-1", min = 0, max = 1, source = "assumption",
                doc = "Spread (standard deviation) of the baselines between people") double baselineSd,
        @Param(value = "0.10", unit = "per year", min = 0, max = 12, source = "assumption: injuries and new chronic conditions",
                doc = "Physical pain shocks per person") double physicalShocksPerYear,
        @Param(value = "0.15", unit = "per year", min = 0, max = 12, source = "assumption: bereavement, trauma, mental-health crises",
                doc = "Emotional pain shocks per person") double emotionalShocksPerYear,
        @Param(value = "0.10", unit = "per year", min = 0, max = 12, source = "assumption: individual job or housing loss",
                doc = "Economic shocks per person (besides scheduled regional job-loss shocks)") double economicShocksPerYear,
        @Param(value = "0.30", unit = "level 0-1", min = 0, max = 1, source = "assumption", doc = "Rise of a driver at a shock") double shockSize,
        @Param(value = "180", unit = "days", min = 1, max = 36500, source = "assumption",
                doc = "Half-life of the return of physical pain to its baseline") double physicalRecoveryHalfLifeDays,
        @Param(value = "365", unit = "days", min = 1, max = 36500, source = "assumption",
                doc = "Half-life of the return of emotional pain to its baseline") double emotionalRecoveryHalfLifeDays,
        @Param(value = "365", unit = "days", min = 1, max = 36500, source = "assumption: re-employment takes months",
                doc = "Half-life of the return of economic stress to its baseline") double economicRecoveryHalfLifeDays,
        @Param(value = "0.40", unit = "weight", min = 0, max = 1, source = "assumption", doc = "Weight of physical pain in the drive") double physicalWeight,
        @Param(value = "0.35", unit = "weight", min = 0, max = 1, source = "assumption", doc = "Weight of emotional pain in the drive") double emotionalWeight,
        @Param(value = "0.25", unit = "weight", min = 0, max = 1, source = "assumption", doc = "Weight of economic stress in the drive") double economicWeight,
        @Param(value = "0.30", unit = "level 0-1", min = 0, max = 1, source = "assumption: near the population's mean drive",
                doc = "Drive at which transition rates equal their base values") double referenceDrive) {

    public PainParams {
        double w = physicalWeight + emotionalWeight + economicWeight;
        if (Math.abs(w - 1.0) > 1e-6) throw new IllegalArgumentException("pain weights add up to " + w + "; they must add up to 1");
    }
}
