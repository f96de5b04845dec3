package org.partnersandbox.suite.client;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.partnersandbox.suite.console.ConsoleNotice;

/**
 * Retries a call that Partner Center answered with 429 (throttled) or 503 (busy): it waits what
 * {@code Retry-After} says, or backs off exponentially with jitter when the answer gives no wait,
 * a bounded number of times. The request is sent again unchanged, so with the same
 * {@code MS-RequestId}: Partner Center treats it as the same operation (idempotency). No other
 * answer is retried: a 4xx other than 429 is the answer. Each attempt is a complete request (so
 * the transcript shows every attempt), with a note in the transcript per retry.
 */
final class ThrottleRetry {

    static final Duration FIRST_BACKOFF = HttpSettings.FIRST_BACKOFF;

    private final HttpSettings settings;
    private final Transcript transcript;

    ThrottleRetry(HttpSettings settings, Transcript transcript) {
        this.settings = settings;
        this.transcript = transcript;
    }

    /** {@code attempt} sends the request once, the same each time; {@code call} names it in the transcript. */
    Response send(String call, Supplier<Response> attempt) {
        RetryPolicy<Response> policy = RetryPolicy.<Response>builder()
                .handleResultIf(ThrottleRetry::isRetriable)
                .withMaxRetries(settings.maxRetries())
                // exactly Retry-After when the answer gives one (jitter must never shorten it);
                // otherwise exponential backoff with jitter
                .withDelayFn(previous -> retryAfter(previous.getLastResult())
                        .orElseGet(() -> backoff(previous.getAttemptCount())))
                .onRetryScheduled(event -> {
                    String retry = call + " answered " + event.getLastResult().statusCode() + "; retry "
                            + event.getAttemptCount() + " of " + settings.maxRetries();
                    transcript.add("(" + retry + " in " + event.getDelay().toMillis() + " ms with the same MS-RequestId)");
                    ConsoleNotice.waiting("Partner Center " + (event.getLastResult().statusCode() == 429 ? "throttled: " : "busy: ")
                            + retry, event.getDelay());
                })
                .build();
        return Failsafe.with(policy).get(attempt::get);
    }

    /** How many times a call is retried at most (sandbox.http.maxRetries). */
    int maxRetries() {
        return settings.maxRetries();
    }

    static boolean isRetriable(Response response) {
        return response.statusCode() == 429 || response.statusCode() == 503;
    }

    /** The first backoff, then doubled after each attempt, ±25 %, never over the configured longest wait. */
    Duration backoff(int attempts) {
        long base = settings.firstBackoff().toMillis() << Math.min(Math.max(attempts - 1, 0), 16);
        long jittered = (long) (base * (0.75 + 0.5 * ThreadLocalRandom.current().nextDouble()));
        return Duration.ofMillis(Math.min(jittered, settings.maxRetryDelay().toMillis()));
    }

    /** Seconds or an HTTP date, capped at the configured longest wait; empty when absent or unreadable. */
    private Optional<Duration> retryAfter(Response response) {
        String value = response == null ? null : response.getHeader("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : wait);
    }
}
