package org.partnersandbox.emulator.api;

import org.partnersandbox.emulator.domain.Refusal;

import java.util.regex.Pattern;

/** Resource ids in paths: tenant ids are GUIDs, and a malformed one is a 400, not a 404 or a 500. */
final class Ids {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** A customer tenant id: 400 900118 ("Invalid Customer ID") when it is not a GUID. */
    static String customerId(String value) {
        if (value == null || !GUID.matcher(value).matches()) {
            throw new Refusal(400, 900118, "Invalid Customer ID: '" + value + "' is not a customer tenant id (a GUID).");
        }
        return value;
    }

    /** An opaque id such as an order id: letters, digits, '-' and '_'. */
    static String opaque(String value, String name) {
        if (value == null || !OPAQUE.matcher(value).matches()) {
            throw Refusal.badInput("The " + name + " must be 1 to 64 letters, digits, '-' or '_'.");
        }
        return value;
    }

    static String requireGuid(String value, String name) {
        if (value == null || !GUID.matcher(value).matches()) {
            throw Refusal.badInput("The " + name + " must be a GUID.");
        }
        return value;
    }
}
