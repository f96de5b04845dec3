package org.partnersandbox.emulator.ops;

import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Refusal;
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

    /** {@code DELETE /_emulator/faults/{faultId}}: 204, or 404 when no fault has that id. */
    public void remove(Context ctx) {
        if (!faults.remove(ctx.pathParam("faultId"))) {
            throw Refusal.notFound(1000, "No armed fault with id '" + ctx.pathParam("faultId") + "'.");
        }
        ctx.status(204);
    }

    public void clear(Context ctx) {
        faults.clear();
        ctx.status(204);
    }
}
