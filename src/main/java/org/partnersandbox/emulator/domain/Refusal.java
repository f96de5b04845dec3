package org.partnersandbox.emulator.domain;

/**
 * The sandbox saying no: an HTTP status and a Partner Center error code, as the service documents
 * them. Status and code are part of the sandbox's contract, so the domain raises them directly;
 * the HTTP layer only renders them.
 */
public final class Refusal extends RuntimeException {

    private final int status;
    private final int code;

    public Refusal(int status, int code, String description) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static Refusal badInput(String description) {
        return new Refusal(400, 800002, description);
    }

    /** 403 900329, the error-codes page's words, and the App+User-only operation that was asked. */
    public static Refusal appOnlyNotSupported(AppUserOperation operation) {
        return new Refusal(403, 900329, "This resource does not support application-only authentication ("
                + operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " needs an App+User token).");
    }

    public static Refusal notFound(int code, String description) {
        return new Refusal(404, code, description);
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public String description() {
        return getMessage();
    }
}
