package odsim.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import odsim.engine.OverdoseScene;
import odsim.engine.OverdoseSim;
import odsim.engine.OverdoseWatcher;
import odsim.engine.PersonSnapshot;
import odsim.model.UseState;

/**
 * Writes one person's story while a model runs: after each day it reads the person's columns
 * and turns what changed into events (states, arrests and releases, treatment, pain shocks,
 * naloxone kits); the model tells it who was there at each overdose. Nothing is logged for
 * anyone else, and nothing here changes the model.
 */
final class StoryRecorder implements OverdoseWatcher {
    /** A rise of a pain driver in one day above this is told as a shock. */
    private static final double SHOCK = 0.12;

    private final int person;
    private final LocalDate start;
    private final List<StoryEvent> events = new ArrayList<>();
    private final List<OverdoseScene> scenes = new ArrayList<>();
    private final UseState[] states;
    private final float[] tolerance, physical, emotional, economic;
    private PersonSnapshot last;
    private int firstDay = -1, lastDay = -1;

    StoryRecorder(int person, LocalDate start, int days) {
        this.person = person;
        this.start = start;
        this.states = new UseState[days];
        this.tolerance = new float[days];
        this.physical = new float[days];
        this.emotional = new float[days];
        this.economic = new float[days];
    }

    void attach(OverdoseSim sim) {
        sim.watchOverdoses(person, this);
    }

    @Override
    public void overdose(OverdoseScene scene) {
        synchronized (scenes) {
            scenes.add(scene);
        }
    }

    /** Reads the person after the day the model just finished. */
    void afterDay(OverdoseSim sim) {
        int day = sim.day() - 1;
        if (day < 0 || person >= sim.people().size() || (last != null && last.state().isDead())) return;
        PersonSnapshot now = sim.person(person);
        if (last == null) {
            firstDay = day;
            events.add(new StoryEvent(day, StoryEvent.Kind.START, day == 0 && now.stateSince() <= 0 ? introduce(now) : arrive(now)));
        } else {
            changes(last, now, day);
        }
        synchronized (scenes) {
            for (OverdoseScene s : scenes) {
                // A change of state on the day of a fatal overdose is hidden by death at the day's end: tell it from the scene.
                if (s.fatal() && last != null && s.state() != last.state()) events.add(hiddenChange(last, s, day));
                events.add(new StoryEvent(day, s.fatal() ? StoryEvent.Kind.DEATH : StoryEvent.Kind.OVERDOSE, tell(s)));
            }
            scenes.clear();
        }
        if (now.state() == UseState.DEAD_OTHER) events.add(new StoryEvent(day, StoryEvent.Kind.DEATH, "dies of another cause"));
        int k = day - firstDay;
        states[k] = now.state();
        tolerance[k] = (float) now.toleranceShare();
        physical[k] = (float) now.physical();
        emotional[k] = (float) now.emotional();
        economic[k] = (float) now.economic();
        lastDay = day;
        last = now;
    }

    Story story() {
        int n = firstDay < 0 ? 0 : lastDay - firstDay + 1;
        return new Story(person, start, firstDay, lastDay, List.copyOf(events), Arrays.copyOf(states, n), Arrays.copyOf(tolerance, n),
                Arrays.copyOf(physical, n), Arrays.copyOf(emotional, n), Arrays.copyOf(economic, n));
    }

    private static String who(PersonSnapshot p) {
        return String.format("a %d-year-old %s", (int) p.age(), p.male() ? "man" : "woman");
    }

    private static String introduce(PersonSnapshot p) {
        return who(p) + ", " + describe(p.state()) + pains(p) + (p.holdsKit() ? "; carries a naloxone kit" : "")
                + (p.tendsToUseAlone() ? "; tends to use alone" : "");
    }

    private static String arrive(PersonSnapshot p) {
        return "joins the population at risk: " + who(p) + ", " + describe(p.state()) + pains(p);
    }

    private static String pains(PersonSnapshot p) {
        return String.format(" (pain: physical %.0f%%, emotional %.0f%%, economic %.0f%%)", 100 * p.physical(), 100 * p.emotional(),
                100 * p.economic());
    }

    private void changes(PersonSnapshot was, PersonSnapshot now, int day) {
        shock(day, "physical pain", was.physical(), now.physical());
        shock(day, "emotional pain", was.emotional(), now.emotional());
        if (now.state() != UseState.JAIL && now.state() != UseState.PRISON) shock(day, "economic stress (work or housing lost)", was.economic(), now.economic());
        if (!was.holdsKit() && now.holdsKit()) events.add(new StoryEvent(day, StoryEvent.Kind.KIT, "receives a naloxone kit"));
        if (was.holdsKit() && !now.holdsKit() && !now.state().isDead()) {
            events.add(new StoryEvent(day, StoryEvent.Kind.KIT, "no naloxone kit any more (used, lost or expired)"));
        }
        if (!was.waitingForTreatment() && now.waitingForTreatment()) {
            events.add(new StoryEvent(day, StoryEvent.Kind.TREATMENT, "asks for methadone or buprenorphine: no place free, waits"));
        }
        if (was.state() == now.state() || now.state() == UseState.DEAD_OVERDOSE || now.state() == UseState.DEAD_OTHER) return;
        if (was.state().isCustodyOrRehab() && now.releaseDay() == day) {
            int stay = day - was.stateSince();
            events.add(new StoryEvent(day, StoryEvent.Kind.RELEASE, String.format("%s after %d days; tolerance now %.0f%% of the usual dose; %s",
                    was.state() == UseState.REHAB ? "leaves rehab" : "released from " + was.state().label(), stay,
                    100 * now.toleranceShare(), describe(now.state()))));
            if (!now.state().isCustodyOrRehab()) return;
        }
        events.add(new StoryEvent(day, kind(now.state()), move(was, now, day)));
    }

    private void shock(int day, String what, double before, double after) {
        if (after - before > SHOCK) {
            events.add(new StoryEvent(day, StoryEvent.Kind.PAIN, String.format("%s jumps from %.0f%% to %.0f%%", what, 100 * before, 100 * after)));
        }
    }

    private static StoryEvent.Kind kind(UseState s) {
        return switch (s) {
            case JAIL, PRISON, REHAB -> StoryEvent.Kind.CUSTODY;
            case METHADONE, BUPRENORPHINE, SAFE_SUPPLY -> StoryEvent.Kind.TREATMENT;
            default -> StoryEvent.Kind.STATE;
        };
    }

    private static String move(PersonSnapshot was, PersonSnapshot now, int day) {
        int stay = now.stayUntil() - day;
        return switch (now.state()) {
            case JAIL, PRISON -> String.format("arrested for possession: %d days in %s%s", stay, now.state().label(),
                    now.medicatedInCustody() ? ", with methadone inside" : ", no opioids inside");
            case REHAB -> String.format("enters abstinence-only rehab or detox for %d days", stay);
            default -> change(was.state(), now.state());
        };
    }

    /** The change from {@code was} to the state of a fatal overdose the same day (a release, or a change of use). */
    private static StoryEvent hiddenChange(PersonSnapshot was, OverdoseScene s, int day) {
        if (was.state().isCustodyOrRehab()) {
            return new StoryEvent(day, StoryEvent.Kind.RELEASE, String.format("%s after %d days; tolerance now %.0f%% of the usual dose; %s",
                    was.state() == UseState.REHAB ? "leaves rehab" : "released from " + was.state().label(), day - was.stateSince(),
                    100 * s.toleranceShare(), describe(s.state())));
        }
        return new StoryEvent(day, kind(s.state()), change(was.state(), s.state()) + ", the same day");
    }

    /** A change of state that has no stay to tell of, in words. */
    private static String change(UseState was, UseState to) {
        return switch (to) {
            case METHADONE -> "starts methadone";
            case BUPRENORPHINE -> "starts buprenorphine";
            case SAFE_SUPPLY -> "enrols in safe supply: doses of known strength";
            case PRESCRIBED -> "prescribed opioids for pain";
            case NONMEDICAL -> was == UseState.PRESCRIBED ? "starts misusing prescription opioids"
                    : was == UseState.NO_USE ? "starts using opioids without a prescription" : "uses pills again";
            case STREET -> switch (was) {
                case NONMEDICAL -> "moves from pills to street opioids (heroin, fentanyl)";
                case METHADONE, BUPRENORPHINE -> "leaves treatment, back to street opioids";
                case SAFE_SUPPLY -> "leaves safe supply, back to street opioids";
                case REMISSION -> "relapses to street opioids";
                default -> "uses street opioids";
            };
            case REMISSION -> "stops using: remission";
            case NO_USE -> "stops taking opioids";
            default -> describe(to);
        };
    }

    private static String tell(OverdoseScene s) {
        String responders = switch (s.setting()) {
            case AT_CENTRE -> "staff respond at once";
            case ALONE -> s.ems() ? "found in time, EMS comes" : "no one there to help";
            case WITH_OTHERS -> (s.naloxone() ? "someone gives naloxone" : "no one has naloxone")
                    + (s.ems() ? ", 911 is called" : ", no one calls 911");
        };
        return String.format("overdoses %s on %s (tolerance %.0f%% of the usual dose): %s; %s", s.setting().description,
                s.fentanyl() ? "a fentanyl batch" : "a heroin or pill dose", 100 * s.toleranceShare(), responders,
                s.fatal() ? "dies" : "survives");
    }

    /** A state in a word or two, for a chart. */
    static String shortName(UseState s) {
        return switch (s) {
            case NO_USE -> "not using";
            case PRESCRIBED -> "prescribed";
            case NONMEDICAL -> "pills";
            case STREET -> "street opioids";
            case METHADONE -> "methadone";
            case BUPRENORPHINE -> "buprenorphine";
            case SAFE_SUPPLY -> "safe supply";
            case REHAB -> "rehab";
            case JAIL -> "jail";
            case PRISON -> "prison";
            case REMISSION -> "remission";
            case DEAD_OVERDOSE, DEAD_OTHER -> "died";
        };
    }

    /** A state in words. */
    static String describe(UseState s) {
        return switch (s) {
            case NO_USE -> "not using opioids";
            case PRESCRIBED -> "on prescribed opioids";
            case NONMEDICAL -> "misusing prescription pills";
            case STREET -> "using street opioids";
            case METHADONE -> "on methadone";
            case BUPRENORPHINE -> "on buprenorphine";
            case SAFE_SUPPLY -> "on safe supply";
            case REHAB -> "in rehab or detox";
            case JAIL -> "in jail";
            case PRISON -> "in prison";
            case REMISSION -> "in remission";
            case DEAD_OVERDOSE -> "died of an overdose";
            case DEAD_OTHER -> "died of another cause";
        };
    }
}
