package odsim.web;

import java.util.Map;

/** Problems with what a browser sent, each under the control it belongs to, so the page shows it there. */
final class FormErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> byControl;

    FormErrors(Map<String, String> byControl) {
        super(String.join("; ", byControl.values()));
        this.byControl = Map.copyOf(byControl);
    }

    static FormErrors of(String control, String message) {
        return new FormErrors(Map.of(control, message));
    }

    Map<String, String> byControl() {
        return byControl;
    }
}
