package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.Resettable;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Idempotency by {@code MS-RequestId} (IR-11): the same caller sending the same request id with the same
 * body to the same operation again gets the first successful answer back, and nothing happens a second time.
 * Refusals are not remembered, so a corrected retry with the same id can still succeed.
 * <p>
 * The same id with a different body is a conflict: 409 800002 naming it, never the first resource.
 * An answer is remembered only as long as the resource it describes exists: once that is deleted, the
 * answer (and the secrets in it, such as a new reseller's {@code tenant.password}) is forgotten; the request
 * id is still known, and sending it again is refused with 409 800002, so that a retry never creates twice.
 */
public final class IdempotentReplay implements Resettable {

    /**
     * A remembered answer: its body as the bytes it was sent as ({@link #of}: a tree of nodes per create
     * outlived young collections by the thousand and made the collector the POST load's largest cost, issue
     * 14), or written anew for each replay from state that never changes ({@link #rewritten}).
     *
     * @param body   the answer's JSON, as {@link Json#write} writes it
     * @param exists whether the resource the answer describes still exists (checked under the lock of a delete)
     */
    public record Answer(int status, Supplier<byte[]> body, BooleanSupplier exists) {

        public static Answer of(int status, JsonNode body, BooleanSupplier exists) {
            byte[] written = Json.write(body);
            return new Answer(status, () -> written, exists);
        }

        /**
         * For a body written from an immutable resource (a customer, {@link Json#streamed}): what is remembered
         * is the reference, not a copy of the answer (1.4 KB per create, kept for the last 10,000 creates).
         */
        public static Answer rewritten(int status, JsonNode body, BooleanSupplier exists) {
            return new Answer(status, () -> Json.write(body), exists);
        }

        public void respond(Context ctx) {
            Json.respondWritten(ctx, status, body.get());
        }
    }

    /**
     * What a request id was first sent with. While its answer is kept: a body of up to {@link #KEPT_BODY}
     * bytes as sent with its charset ({@code charset} null when Java lacks it), compared only when the id
     * comes again ({@link #sameBody}): hashing every create's body up front was 2.2–2.7 % of the emulator's
     * CPU samples under the bench's POST load (issue 14), for the rare retry. A larger body (up to 1 MiB is
     * accepted) is hashed at once, so the memory stays small. Once the resource is deleted: {@code answer}
     * null and the body dropped for its {@code digest}, so that no request outlives its resource.
     */
    private record Remembered(byte[] body, Charset charset, String digest, Answer answer) {

        /** What this request sent, read before its operation runs: a body that cannot be read fails the request, not its memory. */
        static Remembered sent(Context ctx) {
            byte[] body = RequestBody.bytes(ctx);
            return body.length <= KEPT_BODY
                    ? new Remembered(body, RequestBody.charset(ctx).orElse(null), null, null)
                    : new Remembered(null, null, IdempotentReplay.digest(ctx), null);
        }

        Remembered answered(Answer answer) {
            return new Remembered(body, charset, digest, answer);
        }

        Remembered forgotten() {
            return new Remembered(null, null, sentDigest(), null);
        }

        /** The same body: the same bytes in the same charset, or the same JSON with its keys in another order. */
        boolean sameBody(Context ctx) {
            if (body != null && Arrays.equals(body, RequestBody.bytes(ctx))
                    && Objects.equals(charset, RequestBody.charset(ctx).orElse(null))) {
                return true;
            }
            return sentDigest().equals(IdempotentReplay.digest(ctx));
        }

        private String sentDigest() {
            return digest != null ? digest : digestOf(body, charset);
        }
    }

    /** The largest body kept as sent (a customer's is about 0.6 KB); a larger one is kept as its digest. */
    public static final int KEPT_BODY = 4096;

    /** How many answers are remembered: the oldest go first, so a long-running emulator stays bounded. */
    static final int REMEMBERED = 10_000;

    private final OldestFirstMemory<String, Remembered> answers = new OldestFirstMemory<>(REMEMBERED);

    /**
     * The skeleton of every create handler: idempotent by the request's {@code MS-RequestId} when it
     * has one ({@link #once}); without one (where the API does not require it), the create just runs.
     * The domain operation runs this under its lock ({@code AtMostOnce}).
     */
    public Answer createOnce(String tenantId, Context ctx, Supplier<Answer> create) {
        String requestId = ctx.header(RequestIds.REQUEST_ID);
        return requestId == null || requestId.isBlank() ? create.get() : once(tenantId, ctx, requestId, create);
    }

    /**
     * Answers from memory when this caller already sent this request id here with this body; refuses with
     * 409 when the body differs; otherwise runs {@code operation} and remembers its answer. Callers run this
     * under the caller's lock (its partner's, or the sandbox's for resellers), so two concurrent replays
     * cannot both create.
     */
    public Answer once(String tenantId, Context ctx, String requestId, Supplier<Answer> operation) {
        // the route's canonical path: a replay through /v1//customers/ is the same operation as /v1/customers
        String key = (tenantId + "|" + ctx.method() + "|" + RoutePaths.canonical(ctx.path()) + "|" + requestId).toLowerCase(Locale.ROOT);
        Remembered remembered = answers.get(key);
        if (remembered != null) {
            if (!remembered.sameBody(ctx)) {
                throw new Refusal(409, 800002, "Conflict: MS-RequestId " + requestId + " was already used for this operation"
                        + " with a different request body. Retry with the same body, or send a new MS-RequestId for a new request.");
            }
            if (remembered.answer() == null) {
                throw new Refusal(409, 800002, "Conflict: the resource created with MS-RequestId " + requestId
                        + " has been deleted since. Send a new MS-RequestId to create another.");
            }
            return remembered.answer();
        }
        Remembered sent = Remembered.sent(ctx);
        Answer answer = operation.get();
        answers.put(key, sent.answered(answer));
        return answer;
    }

    /** Forgets every answer whose resource no longer exists: the sandbox calls it under the lock of each delete. */
    public void forgetGone() {
        answers.replaceAll((key, remembered) -> remembered.answer() != null && !remembered.answer().exists().getAsBoolean()
                ? remembered.forgotten() : remembered);
    }

    @Override
    public void reset() {
        answers.clear();
    }

    /**
     * The body's JSON with object keys in order, so that a retry serialised differently is still the same
     * body: hashed from the tree the handler already parsed ({@link JsonBody#of}), walked in key order
     * without a sorted copy. A body that is not JSON is hashed as sent (the operation refuses it before
     * anything is remembered).
     */
    private static String digest(Context ctx) {
        JsonNode tree = JsonBody.parsed(ctx);
        return tree != null ? digestOf(tree) : rawDigestOf(RequestBody.bytes(ctx));
    }

    /** The digest of a remembered body, as {@link #digest} made it of the request: {@code charset} null when Java lacks it. */
    private static String digestOf(byte[] body, Charset charset) {
        JsonNode tree = charset == null ? null : JsonBody.parsed(new String(body, charset));
        return tree != null ? digestOf(tree) : rawDigestOf(body);
    }

    /** The first byte says which, so raw bytes never hash as a tree's walk. */
    private static String rawDigestOf(byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 'r');
        sha256.update(body);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The digest of a parsed body: the same for the same members in any order, different for anything else. */
    static String digestOf(JsonNode tree) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 't');
        hash(tree, sha256);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Each value starts with a byte saying what it is ({@code {}, {@code [}, {@code s} text, {@code v}
     * number, boolean or null) and each name with {@code k}; texts and names go with their length, so
     * no two trees hash the same bytes. Not Jackson's {@code toString} per name and value, which made
     * a JSON generator each time (6 % of the emulator's CPU under POST load); a text's marker and length go
     * to the digest in one update, as each update has a cost of its own.
     */
    private static void hash(JsonNode node, MessageDigest sha256) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.size());
            object.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            sha256.update((byte) '{');
            for (String name : names) {
                text('k', name, sha256);
                hash(object.get(name), sha256);
            }
            sha256.update((byte) '}');
        } else if (node instanceof ArrayNode array) {
            sha256.update((byte) '[');
            for (JsonNode element : array) {
                hash(element, sha256);
            }
            sha256.update((byte) ']');
        } else {
            text(node.isTextual() ? 's' : 'v', node.asText(), sha256);
        }
    }

    /** {@code marker} and the UTF-8 length as four bytes, then the UTF-8 bytes. */
    private static void text(char marker, String text, MessageDigest sha256) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        sha256.update(new byte[] {(byte) marker,
            (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        sha256.update(bytes);
    }

    /**
     * A fresh SHA-256 digest: a copy of one made once, as the provider lookup of each {@code getInstance} costs
     * more; looked up when the provider's digest cannot be copied.
     */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
