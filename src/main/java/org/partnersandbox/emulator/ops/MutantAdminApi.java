package org.partnersandbox.emulator.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Mutant;
import org.partnersandbox.emulator.domain.Mutants;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JsonBody;

/**
 * {@code /_emulator/mutants} and {@code /_emulator/mutant}: list the rules that can be broken on
 * purpose, switch one on, switch it off (docs/mutants.md). The only way a mutant is ever on.
 */
public final class MutantAdminApi {

    private final Mutants mutants;

    public MutantAdminApi(Mutants mutants) {
        this.mutants = mutants;
    }

    /** {@code GET /_emulator/mutants}: 200, every mutant with its effect and capabilities, and the one that is on. */
    public void list(Context ctx) {
        ObjectNode json = Json.object();
        mutants.active().ifPresentOrElse(m -> json.put("active", m.wireName()), () -> json.putNull("active"));
        ArrayNode all = json.putArray("mutants");
        Mutant.all().forEach(m -> {
            ObjectNode mutant = all.addObject().put("name", m.wireName()).put("effect", m.effect());
            m.capabilities().forEach(mutant.putArray("capabilities")::add);
        });
        Json.respond(ctx, 200, json);
    }

    /** {@code PUT /_emulator/mutant} body {@code {"name": "reseller-quota-off"}}: 200; an unknown name 400 800002. */
    public void switchOn(Context ctx) {
        String name = JsonBody.of(ctx).requiredText("name");
        Mutant mutant = Mutant.byWireName(name).orElseThrow(() -> Refusal.badInput("The property 'name' names no mutant: '"
                + name + "'; GET /_emulator/mutants lists them."));
        mutants.switchOn(mutant);
        Json.respond(ctx, 200, Json.object().put("active", mutant.wireName()));
    }

    /** {@code DELETE /_emulator/mutant}: 204; every rule holds again. */
    public void switchOff(Context ctx) {
        mutants.switchOff();
        ctx.status(204);
    }
}
