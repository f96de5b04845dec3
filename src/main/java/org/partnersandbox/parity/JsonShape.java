package org.partnersandbox.parity;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The structure of a JSON document: each path ({@code $.lineItems[].links.sku.uri}) with the JSON types
 * found there. Values are not part of it: the documented examples' values are examples, not fixtures.
 * Keys compare case-insensitively, because some pages print the SDK's PascalCase where the service answers
 * camelCase; every element of an array contributes to the one {@code []} path. Used by the documented-examples
 * contract test and by the capability report's comparison with the documented examples ({@link DocumentedExamples}).
 */
public final class JsonShape {

    /** Path (lower case) → the types seen there; the display spelling kept aside. */
    private final Map<String, Set<String>> types = new LinkedHashMap<>();
    private final Map<String, String> spelling = new LinkedHashMap<>();
    /** Path (lower case) of an object that names its type in {@code attributes.objectType} → that type (lower case). */
    private final Map<String, String> objectTypes = new LinkedHashMap<>();

    private JsonShape() {
    }

    public static JsonShape of(JsonNode node) {
        JsonShape shape = new JsonShape();
        if (node != null && !node.isMissingNode()) {
            shape.add("$", node);
        }
        return shape;
    }

    private void add(String path, JsonNode node) {
        String key = path.toLowerCase(Locale.ROOT);
        spelling.putIfAbsent(key, path);
        types.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(type(node));
        if (node.isObject()) {
            objectType(node).ifPresent(type -> objectTypes.put(key, type));
            node.fields().forEachRemaining(field -> add(path + "." + field.getKey(), field.getValue()));
        } else if (node.isArray()) {
            node.forEach(element -> add(path + "[]", element));
        }
    }

    private static java.util.Optional<String> objectType(JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase("attributes") && field.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> inner = field.getValue().fields(); inner.hasNext(); ) {
                    Map.Entry<String, JsonNode> attribute = inner.next();
                    if (attribute.getKey().equalsIgnoreCase("objectType") && attribute.getValue().isTextual()) {
                        return java.util.Optional.of(attribute.getValue().textValue().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Adds to {@code vocabulary} every key this documented shape shows inside a typed object, relative to it:
     * {@code order → .alternateid}, {@code order → .lineitems[].links.product}, {@code collection → .links}.
     */
    public void addTo(Map<String, Set<String>> vocabulary) {
        objectTypes.forEach((objectPath, type) -> types.keySet().stream()
                .filter(path -> path.startsWith(objectPath) && path.length() > objectPath.length())
                .forEach(path -> vocabulary.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(path.substring(objectPath.length()))));
    }

    /** The JSON type of {@code node}, in JSON's words: object, array, string, number, boolean, null. */
    static String type(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What {@code actual} does differently from this documented shape: {@code missing $.x} (documented, not
     * answered), {@code extra $.x} (answered, not documented) and {@code type $.x} (another JSON type). Only the
     * outermost missing or extra key is named, and null on either side matches any type (a documented null says
     * nothing about the type), as does a documented empty array or null about what lies inside it. An extra key
     * that the {@code vocabulary} shows in another documented example of the same resource type is no difference.
     */
    public List<String> differencesOf(JsonShape actual, Map<String, Set<String>> vocabulary) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Set<String>> documented : types.entrySet()) {
            String path = documented.getKey();
            if (!actual.types.containsKey(path)) {
                if (actual.types.containsKey(parent(path))) {
                    differences.add("missing " + spelling.get(path));
                }
                continue;
            }
            Set<String> expected = withoutNull(documented.getValue());
            Set<String> answered = withoutNull(actual.types.get(path));
            if (!expected.isEmpty() && !answered.isEmpty() && !expected.equals(answered)) {
                differences.add("type " + spelling.get(path));
            }
        }
        for (String path : actual.types.keySet()) {
            if (!types.containsKey(path) && types.containsKey(parent(path)) && knownInside(parent(path))
                    && !actual.documentedElsewhere(path, vocabulary)) {
                differences.add("extra " + actual.spelling.get(path));
            }
        }
        return differences;
    }

    /**
     * Whether another documented example shows this key in a resource of the same type: the field is documented,
     * this example only leaves it out (an RI order has no subscription link, a list item no commerceId).
     */
    private boolean documentedElsewhere(String path, Map<String, Set<String>> vocabulary) {
        for (String ancestor = parent(path); !ancestor.isEmpty(); ancestor = parent(ancestor)) {
            String type = objectTypes.get(ancestor);
            if (type != null && vocabulary.getOrDefault(type, Set.of()).contains(path.substring(ancestor.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the documented value at {@code path} shows what it contains (not only null or empty arrays). */
    private boolean knownInside(String path) {
        String prefix = path + (types.get(path).contains("array") ? "[]" : ".");
        return types.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    private static String parent(String path) {
        if (path.endsWith("[]")) {
            return path.substring(0, path.length() - 2);
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static Set<String> withoutNull(Set<String> types) {
        Set<String> copy = new LinkedHashSet<>(types);
        copy.remove("null");
        return copy;
    }
}
