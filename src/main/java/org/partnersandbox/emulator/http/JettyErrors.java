package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Jetty's own answers in the Partner Center error shape. Some requests never reach Javalin:
 * Jetty refuses a bad URI encoding ({@code %zz}, {@code %00}, overlong UTF-8), an ambiguous path
 * ({@code /..}), a malformed header line, two {@code Content-Length}s or headers over its limit
 * (431) itself, and by default answers with an HTML page. This handler writes
 * {@code {"code", "description", "data": [], "source": "PartnerFD"}} instead, with the status Jetty
 * chose (only a request line with an unknown HTTP version gets a 5xx: 505, still in this shape).
 */
public final class JettyErrors extends ErrorHandler {

    /** Every method gets a body: Jetty's default writes one only for GET, POST and HEAD (a DELETE got an empty 400). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** Errors raised while a request is being handled (bad URI, ambiguous path). */
    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        echo(request.getHeaders(), headers);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    /** Errors of the HTTP parser, before there is a request (malformed header line, 431, two lengths). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        fields.put(RequestIds.REQUEST_ID, UUID.randomUUID().toString());
        fields.put(RequestIds.CORRELATION_ID, UUID.randomUUID().toString());
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String reason) {
        int code = switch (status) {
            case 404, 405 -> 1000;
            case 401 -> 800001;
            default -> status >= 500 ? 800003 : 800002;
        };
        String description = "The request is malformed: " + (reason == null || reason.isBlank() ? "HTTP " + status : reason) + ".";
        ObjectNode json = Json.object().put("code", code).put("description", description);
        json.putArray("data");
        json.put("source", "PartnerFD");
        try {
            return Json.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            return ("{\"code\":" + code + ",\"description\":\"The request is malformed.\",\"data\":[],\"source\":\"PartnerFD\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The request's ids when it has them (fresh ones otherwise), as every other answer does. */
    private static void echo(HttpFields request, HttpFields.Mutable response) {
        for (String name : new String[]{RequestIds.REQUEST_ID, RequestIds.CORRELATION_ID}) {
            HttpField sent = request.getField(name);
            String value = sent == null || sent.getValue().isBlank() || sent.getValue().length() > 200
                    ? UUID.randomUUID().toString() : sent.getValue();
            response.put(name, value);
        }
    }
}
