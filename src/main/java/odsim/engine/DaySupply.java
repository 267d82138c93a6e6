package odsim.engine;

import odsim.model.BatchRisk;

/**
 * What a use-day can get on one day, from each supply a person may take: a pharmaceutical dose
 * (prescribed, safe supply, a genuine diverted pill), a pill bought for non-medical use (a
 * genuine one or a counterfeit pressed with fentanyl), or a street batch (fentanyl or heroin).
 * For each: the chance of an overdose for a use-day at a given ratio of habitual dose to
 * tolerance, averaged over the day's batches ({@link BatchRisk}), the share of that chance that
 * comes from fentanyl, and the mean potency a body adapts to. A dated share of fentanyl street
 * batches carries a stronger analogue (carfentanil): the same spread around a higher median,
 * counted as fentanyl. A fentanyl street batch's spread may narrow toward heroin's as fentanyl's share
 * grows (supply.fentanylSdNarrowing: the product sold, not an adulterant); a counterfeit pill's keeps
 * fentanylBatchSd. Set once a day by the supply phase, before anyone uses; read by every use-day.
 */
final class DaySupply {
    /** The supplies, by what the person takes. */
    static final int PHARMA = 0, PILL = 1, STREET = 2;

    private final Rules rules;
    private final BatchRisk pharma, counterfeit;
    private BatchRisk streetFentanyl, streetHeroin;
    private double streetVolatility = Double.NaN, tablesFentanylSd = Double.NaN;

    /** Today's market log-potency, the shares of fentanyl in street batches and in pills, and of analogues among fentanyl batches. */
    double marketLogPotency, fentanylShare, counterfeitShare, analogueShare, volatility;
    /** Today's spread of a fentanyl street batch before volatility ({@link Rules#streetFentanylSd}). */
    private double fentanylSd;
    /** exp of the median log-potency of each kind of batch today, relative to a pharmaceutical dose. */
    private double fentanylMedian, analogueMedian, heroinMedian, counterfeitMedian;
    /** Mean potency of each supply today (mixtures included): what tolerance moves toward. */
    private final double[] meanPotency = new double[3];

    DaySupply(Rules rules) {
        this.rules = rules;
        this.pharma = rules.pharmaRisk;
        this.counterfeit = BatchRisk.of(rules.risk, rules.fentanylSd);
    }

    /** Sets the day's values: the market level from the supply phase and the day's curves. */
    void set(int day, double marketLogPotency) {
        this.marketLogPotency = marketLogPotency;
        Rules r = rules;
        fentanylShare = r.fentanylShare[day];
        counterfeitShare = r.counterfeitShare[day];
        analogueShare = r.analogueShare[day];
        volatility = r.supplyPressure.volatility(day);
        fentanylSd = r.streetFentanylSd[day];
        if (volatility != streetVolatility || fentanylSd != tablesFentanylSd) {
            streetVolatility = volatility;
            tablesFentanylSd = fentanylSd;
            streetFentanyl = BatchRisk.of(r.risk, fentanylSd * volatility);
            streetHeroin = BatchRisk.of(r.risk, r.heroinSd * volatility);
        }
        fentanylMedian = Math.exp(marketLogPotency + r.logFentanylPotency);
        analogueMedian = fentanylMedian * Math.exp(r.logAnaloguePotency);
        heroinMedian = Math.exp(marketLogPotency);
        counterfeitMedian = fentanylMedian;
        double pharmaMean = r.pharmaMeanPotency;
        double fentanylMean = ((1 - analogueShare) * fentanylMedian + analogueShare * analogueMedian) * lognormalMean(fentanylSd * volatility);
        double heroinMean = heroinMedian * lognormalMean(r.heroinSd * volatility);
        meanPotency[PHARMA] = pharmaMean;
        meanPotency[PILL] = counterfeitShare * counterfeitMedian * lognormalMean(r.fentanylSd) + (1 - counterfeitShare) * pharmaMean;
        meanPotency[STREET] = fentanylShare * fentanylMean + (1 - fentanylShare) * heroinMean;
    }

    private static double lognormalMean(double sigma) {
        return Math.exp(0.5 * sigma * sigma);
    }

    /** Chance of an overdose on a use-day of {@code supply} with habitual intake {@code ratio} times tolerance. */
    double overdoseChance(int supply, double ratio) {
        return switch (supply) {
            case PHARMA -> pharma.probability(ratio);
            case PILL -> counterfeitShare * counterfeit.probability(ratio * counterfeitMedian)
                    + (1 - counterfeitShare) * pharma.probability(ratio);
            default -> fentanylShare * streetFentanylChance(ratio)
                    + (1 - fentanylShare) * streetHeroin.probability(ratio * heroinMedian);
        };
    }

    /** Chance of an overdose on a use-day of a fentanyl street batch, analogue or not, at {@code ratio}. */
    private double streetFentanylChance(double ratio) {
        double plain = streetFentanyl.probability(ratio * fentanylMedian);
        if (analogueShare == 0) return plain; // the usual case: skip the second look-up
        return (1 - analogueShare) * plain + analogueShare * streetFentanyl.probability(ratio * analogueMedian);
    }

    /** Of an overdose on a use-day of {@code supply} at {@code ratio}, the chance the batch held fentanyl. */
    double fentanylPartOfOverdose(int supply, double ratio) {
        double all = overdoseChance(supply, ratio);
        if (!(all > 0)) return 0;
        return switch (supply) {
            case PHARMA -> 0;
            case PILL -> counterfeitShare * counterfeit.probability(ratio * counterfeitMedian) / all;
            default -> fentanylShare * streetFentanylChance(ratio) / all;
        };
    }

    /** Mean potency of a use-day's dose from {@code supply} today (1 = a pharmaceutical or heroin reference dose). */
    double meanPotency(int supply) {
        return meanPotency[supply];
    }

    /**
     * A batch of {@code supply} (street or pill) drawn from two uniforms: which kind it is, and
     * where it sits in its kind's spread. Returns its log-potency (0 = the reference dose). The
     * lowest kind draws among fentanyl street batches are the analogue's.
     */
    double batchLogPotency(int supply, double kindDraw, double spreadDraw) {
        double z = odsim.model.StandardNormal.quantile(spreadDraw);
        Rules r = rules;
        if (supply == PILL) {
            return kindDraw < counterfeitShare ? marketLogPotency + r.logFentanylPotency + r.fentanylSd * z : r.pharmaSd * z;
        }
        if (kindDraw >= fentanylShare) return marketLogPotency + r.heroinSd * volatility * z;
        double analogue = kindDraw < fentanylShare * analogueShare ? r.logAnaloguePotency : 0;
        return marketLogPotency + r.logFentanylPotency + analogue + fentanylSd * volatility * z;
    }

    /** Whether the batch {@link #batchLogPotency} draws with {@code kindDraw} holds fentanyl. */
    boolean batchIsFentanyl(int supply, double kindDraw) {
        return kindDraw < (supply == PILL ? counterfeitShare : supply == STREET ? fentanylShare : 0);
    }
}
