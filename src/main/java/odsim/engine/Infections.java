package odsim.engine;

import odsim.model.Rates;
import odsim.model.UseState;
import odsim.results.Measure;
import odsim.scenario.InfectionParams;
import odsim.scenario.Scenario;

/**
 * Hepatitis C and HIV passed on by shared injecting equipment. A person injects or not for life
 * (the rest of street use is smoked or snorted; pills are swallowed). On a street use-day of a
 * person who injects, the equipment may have been used by someone else, who may carry either
 * virus ({@link InfectionParams}); sterile supplies lower the sharing of the people they reach
 * ({@link SterileSuppliesLever}); methadone and buprenorphine lower infections by lowering street
 * use-days. A new hepatitis C infection clears by itself or becomes chronic until cured
 * (on candidate days); HIV is for life. Both are counted, costed and weigh on quality of life
 * until the end of the run; neither changes the chance of dying here.
 * The one statement of it, for the engine and the MASON peer.
 */
final class Infections {
    static final int HCV = odsim.results.RateCounts.HCV, HIV = odsim.results.RateCounts.HIV, DISEASES = 2;
    private final InfectionParams params;
    /** The chance of acquiring each virus on an injecting day without sterile supplies: sharing x partner prevalence x per-event chance. */
    private final double hcvPerInjectingDay, hivPerInjectingDay;
    /** Daily chance of a cure of chronic hepatitis C. */
    final double cure;

    Infections(Scenario s) {
        params = s.infections();
        hcvPerInjectingDay = params.sharingPerInjectingDay() * params.hcvPrevalence() * params.hcvPerSharedDay();
        hivPerInjectingDay = params.sharingPerInjectingDay() * params.hivPrevalence() * params.hivPerSharedDay();
        cure = Rates.dailyProbability(params.hcvCuresPerYear());
    }

    /** Whether person {@code i} injects when using street opioids: a lifelong draw. */
    boolean injects(World w, int i) {
        return w.streams.injects.uniform(i, 0) < params.injectingShare();
    }

    /** Whether a person of the first population who injects and has used street opioids starts with the virus. */
    boolean startsWith(World w, int i, int disease) {
        double prevalence = disease == HCV ? params.hcvPrevalence() : params.hivPrevalence();
        return w.streams.injects.uniform(i, 0, 1 + disease) < prevalence;
    }

    /**
     * A street use-day of person {@code p}, who injects: one hash gives a uniform for each virus;
     * a person reached by sterile supplies shares less, so the same uniforms meet smaller chances
     * (common random numbers: the lever removes infections and adds none).
     */
    static void injectingDay(World w, Person p, DayTally t) {
        Infections inf = w.rules.infections;
        boolean hcv = p.hasHcv(), hiv = p.hasHiv();
        if (hcv && hiv) return;
        long draws = w.streams.infection.pair(p.id(), w.day);
        double uHcv = KeyedStream.first(draws), uHiv = KeyedStream.second(draws);
        boolean mayHcv = !hcv && uHcv < inf.hcvPerInjectingDay, mayHiv = !hiv && uHiv < inf.hivPerInjectingDay;
        if (!mayHcv && !mayHiv) return;
        double kept = w.rules.sterileSupplies.sharingKept(w, p.id());
        if (mayHcv && uHcv < inf.hcvPerInjectingDay * kept) acquireHcv(w, p, t);
        if (mayHiv && uHiv < inf.hivPerInjectingDay * kept) {
            t.add(Measure.HIV_INFECTIONS, 1);
            w.rates.infection(HIV, p.state(), w.day);
            p.setHiv(true);
        }
    }

    private static void acquireHcv(World w, Person p, DayTally t) {
        t.add(Measure.HCV_INFECTIONS, 1);
        w.rates.infection(HCV, p.state(), w.day);
        if (w.streams.hcvCourse.uniform(p.id(), w.day) >= w.rules.infections.params.hcvSpontaneousClearance()) p.setHcv(true);
    }

    /** A candidate day of a living person with chronic hepatitis C: a cure with chance p / q ({@link Rules#candidate}). */
    static void candidateDay(World w, Person p, double q, DayTally t) {
        if (w.streams.hcvCure.uniform(p.id(), w.day) >= w.rules.infections.cure * q) return;
        p.setHcv(false);
        t.add(Measure.HCV_CURES, 1);
        t.add(Measure.COST_HCV_CURE, w.scenario.costs().hcvCure());
    }

    /** Whether a state's street use-days can be injected (a person in it meets the street supply). */
    static boolean injectingState(byte code) {
        return code == UseState.STREET.code || code == UseState.METHADONE.code || code == UseState.BUPRENORPHINE.code
                || code == UseState.SAFE_SUPPLY.code;
    }
}
