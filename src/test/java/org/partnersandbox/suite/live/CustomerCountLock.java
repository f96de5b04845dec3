package org.partnersandbox.suite.live;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnersandbox.suite.client.CallRecord;

/**
 * What keeps a provider's customer count still while a scenario counts it (README, "Parallel runs";
 * {@link LiveAdmission}): the scenarios that count ({@code @quota:customers=N}) take the count alone;
 * every scenario that asks Partner Center to create a customer, whether it expects a customer or a
 * refusal, shares it ({@value #TAG}). The others run beside the counting ones. A tag is easy to forget, so every run, emulator included, checks each scenario's
 * calls against its tags: a create without the tag fails the scenario that sent it.
 */
public final class CustomerCountLock {

    public static final String TAG = "@makes-customers";
    private static final Pattern COUNTS = Pattern.compile("@quota:customers=\\d+");
    /** A customer create: {@code POST /v1/customers}, with or without a query. */
    private static final Pattern CREATE = Pattern.compile("/v1/customers(\\?.*)?");

    private CustomerCountLock() {
    }

    /** Why a scenario with these tags and calls breaks the rule, if it does. */
    public static Optional<String> breach(Collection<String> tags, List<CallRecord> calls) {
        if (tags.contains(TAG) || tags.contains("@emulator-only") || tags.stream().anyMatch(t -> COUNTS.matcher(t).matches())) {
            return Optional.empty();
        }
        return calls.stream()
                .filter(call -> "POST".equals(call.method()) && CREATE.matcher(call.path()).matches())
                .findFirst()
                .map(call -> "this scenario asked to create a customer (" + call.method() + " " + call.path() + ") but is not tagged "
                        + TAG + ": on the live target it would change the customer count of a scenario that counts them "
                        + "while it runs; tag it " + TAG);
    }
}
