package odsim.engine;

import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * The one place that says in which order a day happens. (The engine's rooms, and what each may
 * touch: {@code docs/architecture.md}. Phases keep only the iteration over people; what happens to
 * a person is in the rules they call, written once for the engine and the MASON peer.) Each step is a MASON {@link Steppable}
 * scheduled every day with its own ordering, so the schedule never breaks a tie at random. The
 * per-person phases (pain to deaths) run block by block in {@link BlockDay}: each block of people
 * goes through all four before the next block starts, which gives the same results as running
 * each phase over everyone, because a person's day depends on no one else's today.
 * <ol>
 *   <li>{@link SupplyPhase}: today's street market (potency, fentanyl share) is set before anyone
 *       buys from it.</li>
 *   <li>{@link PolicyPhase}: today's program capacity (kits to hand out, centre visits) from
 *       yesterday's counts, before anyone asks for it.</li>
 *   <li>{@link PainPhase}: first among a person's phases, its one pass over everyone's due day
 *       ({@link People#dueDay}) gathers the people with anything to do today, for it and the
 *       phases after it; their pain drivers are brought forward and take shocks first, because
 *       pain moves every decision that follows today (neither the market nor program capacity
 *       depends on pain).</li>
 *   <li>{@link TransitionPhase}: people change state (start, stop, relapse, treatment, rehab,
 *       arrest, release) before today's use, so someone released today uses today.</li>
 *   <li>{@link UsePhase}: use-days, doses from the supply, tolerance, overdoses and the cascade
 *       that follows each one.</li>
 *   <li>{@link DeathPhase}: fatal overdoses and deaths from other causes are resolved once, after
 *       everything that could have prevented them; then the due day of everyone stepped today
 *       is set from what is next scheduled for them.</li>
 *   <li>{@link EntryPhase}: new people join at the end of the day, so they start tomorrow.</li>
 *   <li>{@link RecordPhase}: people in each state and the day's costs are counted last, then the
 *       day advances.</li>
 * </ol>
 */
final class DayPhases {
    private DayPhases() {}

    static void schedule(OverdoseSim sim) {
        Steppable[] order = {
            new SupplyPhase(sim),
            new PolicyPhase(sim),
            new BlockDay(sim, new PainPhase(sim), new TransitionPhase(sim), new UsePhase(sim), new DeathPhase(sim)),
            new EntryPhase(sim),
            new RecordPhase(sim),
        };
        for (int k = 0; k < order.length; k++) {
            sim.schedule.scheduleRepeating(Schedule.EPOCH, k, order[k], 1.0);
        }
    }
}
