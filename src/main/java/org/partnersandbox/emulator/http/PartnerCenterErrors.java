package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.partnersandbox.emulator.domain.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every failure in the Partner Center error shape
 * {@code {"code": n, "description": "...", "data": [], "source": "PartnerFD"}} with the request ids echoed.
 * Nothing ever leaves with a stack trace.
 */
public final class PartnerCenterErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerCenterErrors.class);

    private PartnerCenterErrors() {
    }

    public static void refusal(Refusal refusal, Context ctx) {
        render(ctx, refusal.status(), refusal.code(), refusal.description());
    }

    /** Javalin's own refusals (413 body too large, 405, 404 of an unknown route ...). */
    public static void httpResponse(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String description = switch (status) {
            case 404 -> "The resource " + ctx.method() + " " + ctx.path() + " was not found.";
            case 405 -> "The method " + ctx.method() + " is not allowed on " + ctx.path() + ".";
            case 413 -> "The request body is too large.";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "The request was refused." : e.getMessage();
        };
        int code = switch (status) {
            case 404, 405 -> 1000;
            case 401 -> 800001;
            default -> status >= 500 ? 800003 : 800002;
        };
        render(ctx, status >= 500 ? 500 : status, code, description);
    }

    public static void unexpected(Exception e, Context ctx) {
        LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        render(ctx, 500, 800003, "An unexpected error occurred in the emulator.");
    }

    public static void render(Context ctx, int status, int code, String description) {
        RequestIds.echo(ctx);
        ObjectNode body = Json.object().put("code", code).put("description", description);
        body.putArray("data");
        body.put("source", "PartnerFD");
        Json.respond(ctx, status, body);
    }
}
