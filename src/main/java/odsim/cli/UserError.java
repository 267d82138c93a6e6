package odsim.cli;

/** Bad input from the command line (not from a scenario file): reported in one line, exit code 2. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
