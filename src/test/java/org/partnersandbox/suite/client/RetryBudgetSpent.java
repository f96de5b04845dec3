package org.partnersandbox.suite.client;

/**
 * A call that was still throttled (429) or busy (503) after every retry the configuration allows
 * ({@code sandbox.http.maxRetries}). The message names the call, what it last answered, the
 * request id every attempt carried and, on the emulator, the injected fault, so that a nightly
 * failure says "Partner Center kept throttling" rather than "expected 201 but was 429".
 */
public final class RetryBudgetSpent extends RuntimeException {

    private final ApiResponse last;

    private RetryBudgetSpent(String message, ApiResponse last) {
        super(message);
        this.last = last;
    }

    static RetryBudgetSpent after(ApiResponse last, int maxRetries) {
        String fault = last.header("X-Emulator-Fault").map(id -> "; injected fault " + id + " (X-Emulator-Fault)").orElse("");
        String retryAfter = last.header("Retry-After").map(s -> "; Retry-After " + s + " s").orElse("");
        return new RetryBudgetSpent("[X-03] " + last.call().method() + " " + last.call().path() + " still answered "
                + last.status() + " after " + (maxRetries + 1) + " attempts (1 + sandbox.http.maxRetries = " + maxRetries + ")"
                + retryAfter + fault + "; every attempt sent " + last.sent() + "\nlast response body:\n" + last.maskedBody(), last);
    }

    /** The last answer, for checks. */
    public ApiResponse lastResponse() {
        return last;
    }
}
