package odsim.cli;

/** The machine failed the run (a full disk, a folder that cannot be written): one line saying what to do, exit code 1. */
public final class MachineError extends RuntimeException {
    public MachineError(String message) {
        super(message);
    }
}
