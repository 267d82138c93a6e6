package odsim.engine;

import odsim.model.Rates;
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
    /** Their sum: the top end of the use-day's uniform in which an infection may fall ({@link #streetUseDay}). */
    final double anyPerInjectingDay;
    /** Daily chance of a cure of chronic hepatitis C. */
    final double cure;

    Infections(Scenario s) {
        params = s.infections();
        hcvPerInjectingDay = params.sharingPerInjectingDay() * params.hcvPrevalence() * params.hcvPerSharedDay();
        hivPerInjectingDay = params.sharingPerInjectingDay() * params.hivPrevalence() * params.hivPerSharedDay();
        anyPerInjectingDay = hcvPerInjectingDay + hivPerInjectingDay;
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
     * A street use-day of person {@code p}, away from a centre: if they inject, the equipment may
     * have been shared and pass on a virus. The day's use is one event with rare outcomes, decided
     * by the use-day's one uniform {@code u} ({@link UseDay}): an overdose at its bottom end
     * ({@code u < chance of an overdose}), hepatitis C or HIV at its top end (below,
     * {@code t = 1 - u}). Each outcome has its exact chance; an overdose and an infection never
     * fall on one day, a joint chance of about one in a million, ignored. The overdoses are the
     * same with or without infections, and street use-days, the day loop's commonest event, need
     * no second draw: only on the rare day {@code t} falls in an infection's interval are the
     * person's route and infections read. A person reached by sterile supplies shares less, so
     * each interval shrinks from its own start (common random numbers: the lever removes
     * infections and adds none).
     */
    static void streetUseDay(World w, Person p, double u, DayTally t) {
        Infections inf = w.rules.infections;
        double top = 1 - u;
        // Hepatitis C on [0, pHcv), HIV on [pHcv, pHcv + pHiv), each shrunk from its start by the sharing kept.
        if (top >= inf.anyPerInjectingDay || !p.injects()) return;
        double kept = w.rules.sterileSupplies.sharingKept(w, p.id());
        if (top < inf.hcvPerInjectingDay) {
            if (top < inf.hcvPerInjectingDay * kept && !p.hasHcv()) acquireHcv(w, p, t);
        } else if (top - inf.hcvPerInjectingDay < inf.hivPerInjectingDay * kept && !p.hasHiv()) {
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

    /**
     * Whether a candidate day ends in a cure of chronic hepatitis C, if the person has it: with
     * chance p / q ({@link Rules#candidate}), at the top end of the candidate day's uniform for a
     * death from other causes ({@link CandidateDay}), so every candidate day needs no second draw
     * and reads whether the person has it only on the rare day the uniform falls there.
     */
    boolean cures(double otherDeathUniform, double q) {
        return 1 - otherDeathUniform < cure * q;
    }

    /** A cure of chronic hepatitis C. */
    static void cure(World w, Person p, DayTally t) {
        p.setHcv(false);
        t.add(Measure.HCV_CURES, 1);
        t.add(Measure.COST_HCV_CURE, w.scenario.costs().hcvCure());
    }
}
