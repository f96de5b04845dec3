package org.partnersandbox.emulator.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.UUID;
import org.partnersandbox.emulator.domain.Mutant;
import org.partnersandbox.emulator.domain.Mutants;
import org.partnersandbox.emulator.domain.Resettable;
import org.partnersandbox.emulator.http.RequestIds;

/**
 * The mutants that break a convention of the HTTP layer rather than a {@code SandboxRules} rule:
 * they act around the handlers, so the HTTP classes carry no trace of them. Each does nothing
 * unless its mutant is on (docs/mutants.md).
 */
public final class MutantEffects {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Mutants mutants;
    private final Resettable replay;

    /** @param replay the idempotent-replay memory, forgotten before each write while IR-11's mutant is on */
    public MutantEffects(Mutants mutants, Resettable replay) {
        this.mutants = mutants;
        this.replay = replay;
    }

    public void before(Context ctx) {
        if (mutants.on(Mutant.CREATE_NOT_REPLAYED) && ctx.path().startsWith("/v1/")) {
            replay.reset();
        }
    }

    public void after(Context ctx) {
        if (!ctx.path().startsWith("/v1/")) {
            return;
        }
        if (mutants.on(Mutant.REQUEST_ID_NOT_ECHOED)) {
            ctx.header(RequestIds.REQUEST_ID, UUID.randomUUID().toString());
        }
        if (mutants.on(Mutant.CUSTOMER_DELETE_ANSWERS_WITH_BODY) && ctx.method().name().equals("DELETE")
                && ctx.path().toLowerCase(java.util.Locale.ROOT).startsWith("/v1/customers/") && ctx.statusCode() == 204) {
            ctx.status(200).contentType("application/json").result("{\"deleted\": true}");
        }
        if (mutants.on(Mutant.NEXT_LINK_MISSING)) {
            withoutNextLink(ctx);
        }
    }

    private static void withoutNextLink(Context ctx) {
        String body = ctx.result();
        if (body == null || !body.contains("\"next\"")) {
            return;
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json.path("links") instanceof ObjectNode links) {
                links.remove("next");
                ctx.result(JSON.writeValueAsString(json));
            }
        } catch (IOException e) {
            // not JSON: nothing to remove
        }
    }
}
