package org.partnersandbox.emulator.ops;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** An injected fault that closes the connection without an answer: the client sees an I/O error. */
public final class DroppedConnection extends RuntimeException {

    public DroppedConnection() {
        super("connection dropped by an injected fault", null, false, false);
    }

    public static void render(DroppedConnection e, Context ctx) {
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                .getEndPoint().close();
    }
}
