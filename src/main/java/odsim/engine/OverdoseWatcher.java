package odsim.engine;

/** Told about each overdose of a watched person ({@link OverdoseSim#watchOverdoses}); for a person's story. */
@FunctionalInterface
public interface OverdoseWatcher {
    void overdose(OverdoseScene scene);
}
