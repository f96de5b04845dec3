package org.partnersandbox.emulator.ops;

import io.javalin.http.Context;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JsonBody;

/** {@code /_emulator/faults}: arm a fault, list what is armed with its counts, clear them all. */
public final class FaultAdminApi {

    private final FaultInjection faults;

    public FaultAdminApi(FaultInjection faults) {
        this.faults = faults;
    }

    public void arm(Context ctx) {
        Json.respond(ctx, 201, faults.arm(FaultSpec.parse(JsonBody.of(ctx))));
    }

    public void list(Context ctx) {
        Json.respond(ctx, 200, faults.json());
    }

    public void clear(Context ctx) {
        faults.clear();
        ctx.status(204);
    }
}
