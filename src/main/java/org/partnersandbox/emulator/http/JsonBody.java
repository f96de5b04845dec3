package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Refusal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request body read tolerantly, as the service does: property names match case-insensitively
 * (the official SDKs send PascalCase, the docs show camelCase). Every refusal names the property.
 */
public final class JsonBody {

    private static final String PARSED = JsonBody.class.getName() + ".parsed";

    private final ObjectNode root;
    /** Where this object sits in the whole body, e.g. {@code tenant.}: refusals name the full path. */
    private final String prefix;

    private JsonBody(ObjectNode root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    /** The JSON object in the request body, or 400 800002 that says what is wrong with it. */
    public static JsonBody of(Context ctx) {
        String contentType = ctx.header("Content-Type"); // as sent: Jetty's reading throws on a charset Java lacks
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw Refusal.badInput("The request body must be JSON (Content-Type: application/json); got "
                    + (contentType == null ? "no Content-Type" : "'" + contentType + "'") + ".");
        }
        String text = RequestBody.text(ctx); // decoded as its Content-Type's charset says
        if (text.isBlank()) {
            throw Refusal.badInput("The request body is empty; a JSON object is expected.");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            // nesting deeper than 64 or a string over 256 KiB (Json.MAPPER): no location to give
            throw Refusal.badInput("The request body is too deeply nested or holds a string that is too long.");
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw Refusal.badInput("The request body is not valid JSON"
                    + (at == null ? "." : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
        }
        if (!(node instanceof ObjectNode object)) {
            throw Refusal.badInput("The request body must be a JSON object.");
        }
        ctx.attribute(PARSED, object);
        return new JsonBody(object, "");
    }

    /**
     * The request body's JSON, parsed once per request: the tree {@link #of} read, or read now; null when
     * the body is not JSON. For the replay memory's digest, which used to parse every create body again.
     */
    public static JsonNode parsed(Context ctx) {
        JsonNode known = ctx.attribute(PARSED);
        if (known != null) {
            return known;
        }
        JsonNode node;
        try {
            node = parsed(RequestBody.text(ctx));
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (node != null) {
            ctx.attribute(PARSED, node);
        }
        return node;
    }

    /** {@code text}'s JSON, or null when it is not JSON. */
    public static JsonNode parsed(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JacksonException | RuntimeException e) {
            return null;
        }
    }

    public static JsonBody wrap(ObjectNode node) {
        return new JsonBody(node, "");
    }

    /** A dotted path, e.g. {@code tenant.domainPrefix}, matched case-insensitively at each step. */
    public Optional<JsonNode> find(String path) {
        JsonNode current = root;
        int start = 0;
        while (start <= path.length()) { // each step up to the next dot: splitting the path was 1.3-2.0 % of the CPU under POST load
            int dot = path.indexOf('.', start);
            int end = dot < 0 ? path.length() : dot;
            if (!(current instanceof ObjectNode object)) {
                return Optional.empty();
            }
            current = field(object, path.substring(start, end)); // the path itself when it has no dot
            if (current == null || current.isNull()) {
                return Optional.empty();
            }
            start = end + 1;
        }
        return Optional.of(current);
    }

    /** A present string property, possibly empty. */
    public String text(String path) {
        JsonNode node = find(path).orElseThrow(() -> missing(path));
        if (!node.isTextual()) {
            throw Refusal.badInput("The property '" + prefix + path + "' must be a string.");
        }
        return node.textValue();
    }

    /** A present, non-blank string property. */
    public String requiredText(String path) {
        String value = text(path);
        if (value.isBlank()) {
            throw Refusal.badInput("The property '" + prefix + path + "' is required and must not be empty.");
        }
        return value;
    }

    public Optional<String> optionalText(String path) {
        Optional<JsonNode> node = find(path);
        if (node.isPresent() && !node.get().isTextual()) {
            throw Refusal.badInput("The property '" + prefix + path + "' must be a string.");
        }
        return node.map(JsonNode::textValue);
    }

    /** The first of several alternative names that is present (e.g. {@code partnerId} for {@code mpnId}). */
    public String requiredTextOf(String... alternatives) {
        for (String path : alternatives) {
            if (find(path).isPresent()) {
                return requiredText(path);
            }
        }
        StringBuilder names = new StringBuilder("'").append(prefix).append(alternatives[0]).append("'");
        for (int i = 1; i < alternatives.length; i++) {
            names.append(" (or '").append(prefix).append(alternatives[i]).append("')");
        }
        throw Refusal.badInput("The property " + names + " is required.");
    }

    /** A present object property. */
    public JsonBody requiredObject(String path) {
        JsonNode node = find(path).orElseThrow(() -> missing(path));
        if (!(node instanceof ObjectNode object)) {
            throw Refusal.badInput("The property '" + prefix + path + "' must be an object.");
        }
        return new JsonBody(object, prefix + path + ".");
    }

    /** A present, non-empty array of objects; each element reads with its index in refusals ({@code lineItems[1].offerId}). */
    public List<JsonBody> requiredObjects(String path) {
        JsonNode node = find(path).orElseThrow(() -> missing(path));
        if (!node.isArray() || node.isEmpty()) {
            throw Refusal.badInput("The property '" + prefix + path + "' must be a non-empty array.");
        }
        List<JsonBody> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!(node.get(i) instanceof ObjectNode element)) {
                throw Refusal.badInput("The property '" + prefix + path + "[" + i + "]' must be an object.");
            }
            elements.add(new JsonBody(element, prefix + path + "[" + i + "]."));
        }
        return elements;
    }

    /** A whole number within {@code [min, max]}, if present. */
    public Optional<Integer> optionalInt(String path, int min, int max) {
        Optional<JsonNode> node = find(path);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        JsonNode value = node.get();
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw Refusal.badInput("The property '" + prefix + path + "' must be a whole number from " + min + " to " + max + ".");
        }
        return Optional.of(value.intValue());
    }

    /** A present whole number within {@code [min, max]}. */
    public int requiredInt(String path, int min, int max) {
        return optionalInt(path, min, max).orElseThrow(() -> missing(path));
    }

    public Optional<Boolean> optionalBoolean(String path) {
        Optional<JsonNode> node = find(path);
        if (node.isPresent() && !node.get().isBoolean()) {
            throw Refusal.badInput("The property '" + prefix + path + "' must be true or false.");
        }
        return node.map(JsonNode::booleanValue);
    }

    public ObjectNode node() {
        return root;
    }

    private static JsonNode field(ObjectNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private Refusal missing(String path) {
        return Refusal.badInput("The property '" + prefix + path + "' is required.");
    }
}
