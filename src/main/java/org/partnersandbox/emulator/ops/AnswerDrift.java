package org.partnersandbox.emulator.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * A deliberate difference from Partner Center, off unless started with {@code --drift-extra-field NAME}:
 * the answer that creates a sandbox indirect reseller carries one more field. It lets the parity
 * proof record "live" answers from an emulator that differs in exactly one known way.
 */
public final class AnswerDrift {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String extraField;

    public AnswerDrift(String extraField) {
        this.extraField = extraField;
    }

    public void after(Context ctx) {
        if (extraField == null || !ctx.method().name().equals("POST") || ctx.statusCode() != 201) {
            return; // first, and without a regex: this runs after every call (issue 14)
        }
        String path = ctx.path().toLowerCase(java.util.Locale.ROOT).replaceAll("/+", "/");
        if (!path.equals("/v1/sandboxindirectreseller")) {
            return;
        }
        String body = ctx.result();
        try {
            JsonNode json = body == null ? null : JSON.readTree(body);
            if (json instanceof ObjectNode answer) {
                answer.put(extraField, "drift");
                ctx.result(JSON.writeValueAsString(answer));
            }
        } catch (IOException e) {
            // not JSON: nothing to add to
        }
    }
}
