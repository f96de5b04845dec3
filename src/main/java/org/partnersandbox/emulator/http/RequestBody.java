package org.partnersandbox.emulator.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.partnersandbox.emulator.domain.Refusal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request body as the emulator's handlers read it: once per request, at most {@link #LIMIT} bytes (413
 * beyond, as Javalin answers), decoded as its Content-Type's charset says (UTF-8 when it names none).
 * Read here rather than by Javalin's {@code ctx.body()}, which makes an 8 KiB buffer and a growing copy
 * for every body (a fifth of the bytes a create allocated); a body of a declared length up to 8 KiB is
 * read into one array of that length. Every emulator handler that reads a JSON body reads it here: the
 * stream can be read only once, so {@code ctx.body()} after this sees nothing. A body that cannot be read
 * (it ends before its length, or stalls past Jetty's idle timeout) is a 400, and stays one for the request.
 */
public final class RequestBody {

    private static final String BYTES = RequestBody.class.getName() + ".bytes";
    private static final String FAILED = RequestBody.class.getName() + ".failed";
    private static final int CHUNK = 8192;

    /** The largest body accepted; also Javalin's {@code maxRequestSize}, for the bodies it reads (token forms). */
    public static final long LIMIT = 1024 * 1024;

    private RequestBody() {
    }

    /** The body's bytes, read on first use; a failed read fails the same way again (the stream is spent). */
    public static byte[] bytes(Context ctx) {
        byte[] known = ctx.attribute(BYTES);
        if (known != null) {
            return known;
        }
        RuntimeException failed = ctx.attribute(FAILED);
        if (failed != null) {
            throw failed;
        }
        try {
            byte[] read = read(ctx);
            ctx.attribute(BYTES, read);
            return read;
        } catch (RuntimeException e) {
            ctx.attribute(FAILED, e);
            throw e;
        }
    }

    /**
     * The body's text in its declared charset, as {@code ctx.body()} decodes it; a charset Java does not know
     * is 400 800002 (it was a 500 through {@code ctx.body()}).
     */
    public static String text(Context ctx) {
        Charset charset = charset(ctx).orElseThrow(() ->
                Refusal.badInput("The request body's charset is not supported; send UTF-8."));
        return new String(bytes(ctx), charset);
    }

    /** The charset the Content-Type declares, UTF-8 when it names none; empty when Java does not know it. */
    public static Optional<Charset> charset(Context ctx) {
        try {
            String declared = ctx.characterEncoding();
            return Optional.of(declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared));
        } catch (RuntimeException unknown) { // unsupported, an illegal name, or Javalin's parse of a bare "charset"
            return Optional.empty();
        }
    }

    private static byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > LIMIT) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared >= 0) {
                return in.readNBytes((int) declared); // at most 1 MiB: the limit is checked above
            }
            return readChunked(in);
        } catch (IOException e) { // early EOF, or Jetty's idle timeout: the client's doing, not an emulator failure
            throw Refusal.badInput("The request body could not be read whole: it ended before its length or stalled.");
        }
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int n; (n = in.read(chunk)) != -1; ) {
            total += n;
            if (total > LIMIT) {
                throw tooLarge();
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static HttpResponseException tooLarge() {
        return new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), HttpStatus.CONTENT_TOO_LARGE.getMessage());
    }
}
