package org.partnersandbox.emulator.api;

import org.partnersandbox.emulator.domain.Refusal;

import java.util.regex.Pattern;

/** Resource ids in paths: tenant ids are GUIDs, and a malformed one is a 400, not a 404 or a 500. */
final class Ids {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    static String requireGuid(String value, String name) {
        if (value == null || !GUID.matcher(value).matches()) {
            throw Refusal.badInput("The " + name + " must be a GUID.");
        }
        return value;
    }
}
