package org.partnersandbox.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersandbox.report.SecretMasker;

/**
 * Turns one scenario's calls into what a snapshot keeps: every id, run-made name, date, etag,
 * token and secret replaced by a stable placeholder. Ids and names are numbered by first sighting
 * ({@code <customer:1>}), so the same value is always the same placeholder and two runs that use
 * their ids the same way normalise to the same text; dates, etags and secrets carry no number, and a
 * numeric id becomes 0.
 * Consecutive repeats of a call (polling until a change shows, eventual consistency) count once,
 * with the last answer. One instance per scenario.
 */
public final class Normaliser {

    public static final String SECRET = "<secret>";
    public static final String DATE = "<date>";
    public static final String ETAG = "<etag>";

    private static final Pattern GUID = Pattern.compile(
            "(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    /** What a run names what it creates: a prefix, yyMMddHHmm and random letters or digits (suite/client/RunNames). */
    private static final Pattern RUN_NAME = Pattern.compile("\\b[A-Za-z]{2,12}\\d{10}[a-z0-9]{3,}\\b");
    private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+)?(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    /** The path segment just before an id inside a link: "/customers/" → customers. */
    private static final Pattern SEGMENT_BEFORE = Pattern.compile("([A-Za-z]+)/$");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-zA-Z]+(:\\d+)?>");
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token", "assertion");

    private final Map<String, String> placeholders = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    private Normaliser() {
    }

    /** The calls of one scenario, normalised, repeats collapsed. */
    public static List<Exchange> normalise(List<Exchange> calls) {
        Normaliser normaliser = new Normaliser();
        List<Exchange> out = new ArrayList<>();
        for (Exchange call : calls) {
            Exchange normal = normaliser.exchange(call);
            if (!out.isEmpty() && out.get(out.size() - 1).call().equals(normal.call())) {
                out.set(out.size() - 1, normal);
            } else {
                out.add(normal);
            }
        }
        return out;
    }

    /** Whether {@code text} is a numbered placeholder such as {@code <customer:1>}, which must match exactly. */
    public static boolean isNumberedPlaceholder(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        return m.matches() && m.group(1) != null;
    }

    private Exchange exchange(Exchange call) {
        String path = path(call.path());
        String collection = collectionOf(path);
        JsonNode body = call.body() == null ? null : node(call.body(), null, collection);
        return new Exchange(call.method(), path, call.status(), call.errorCode(), body);
    }

    private String path(String raw) {
        int q = raw.indexOf('?');
        String pathPart = q < 0 ? raw : raw.substring(0, q);
        String[] segments = pathPart.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String previous = i > 0 ? segments[i - 1] : "";
            if (i >= 2 && !segment.isEmpty() && previous.matches("[A-Za-z]+")
                    && (segment.matches(".*\\d.*") || placeholders.containsKey(segment))) {
                segments[i] = placeholder(segment, singular(previous));
            } else {
                segments[i] = text(segment, "id");
            }
        }
        String out = String.join("/", segments);
        if (q < 0) {
            return out;
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : raw.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0) {
                pairs.add(key);
                continue;
            }
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(key + "=" + (isSecretName(key) ? SECRET : text(value, kindOfKey(key))));
        }
        return out + "?" + String.join("&", pairs);
    }

    private JsonNode node(JsonNode node, String key, String collection) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                // an "id" takes its kind from the object it names: "tenant": {"id"} is a tenant, an item of the call's collection else
                String idKind = key == null || key.equals("items") ? collection : kindOfKey(key);
                out.set(name, value(field.getValue(), name, idKind, collection));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(node(item, key, collection)));
            return out;
        }
        return node;
    }

    private JsonNode value(JsonNode value, String name, String idKind, String collection) {
        if (isSecretName(name) && !value.isContainerNode() && !value.isNull()) {
            return TextNode.valueOf(SECRET);
        }
        if (value.isContainerNode()) {
            return node(value, name, collection);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("etag") && value.isTextual()) {
            return TextNode.valueOf(ETAG);
        }
        boolean idLike = lower.equals("id") || (name.endsWith("Id") && name.length() > 2) || lower.endsWith("_id");
        if (idLike && (value.isTextual() || value.isNumber()) && !value.asText().isEmpty()) {
            if (value.isNumber()) {
                // a numeric id keeps its JSON type, not its value; only text ids carry a numbered placeholder
                return IntNode.valueOf(0);
            }
            return TextNode.valueOf(placeholder(value.asText(), lower.equals("id") ? idKind : kindOfKey(name)));
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (DATE_TIME.matcher(text).matches()) {
                return TextNode.valueOf(DATE);
            }
            if (isNameKey(lower) && !text.isEmpty()) {
                // names and sign-in names say who the tenant is: a placeholder, like an id
                return TextNode.valueOf(placeholder(text, "name"));
            }
            return TextNode.valueOf(text(text, kindOfKey(name)));
        }
        return value;
    }

    /** Free text: tokens, known values, ids and run-made names inside it replaced. */
    private String text(String text, String kindHint) {
        // the report's masking rules first (bearer credentials, name=value pairs), then its mask as a placeholder
        String out = SecretMasker.mask(text).replace("***", SECRET);
        out = JWT.matcher(out).replaceAll(SECRET);
        if (placeholders.containsKey(out)) {
            return placeholders.get(out);
        }
        out = replace(GUID, out, kindHint);
        out = replace(RUN_NAME, out, "name");
        return out;
    }

    private String replace(Pattern pattern, String text, String kindHint) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(0, m.start());
            Matcher segment = SEGMENT_BEFORE.matcher(before);
            String kind = segment.find() ? singular(segment.group(1)) : kindHint;
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder(m.group(), kind)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String placeholder(String raw, String kind) {
        String known = placeholders.get(raw);
        if (known != null) {
            return known;
        }
        String k = kind == null || kind.isBlank() ? "id" : kind;
        int n = counters.merge(k, 1, Integer::sum);
        String placeholder = "<" + k + ":" + n + ">";
        placeholders.put(raw, placeholder);
        return placeholder;
    }

    /** companyName, signedByUserPrincipalName, adminUserAccount, email, domain: not "objectType", not "relationshipType". */
    private static boolean isNameKey(String lower) {
        return lower.endsWith("name") || lower.contains("email") || lower.contains("principal")
                || lower.endsWith("useraccount") || lower.equals("domain") || lower.endsWith("domainname");
    }

    private static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** "customerId" → "customer", "tenant" → "tenant", "sandbox_id" → "sandbox". */
    private static String kindOfKey(String key) {
        if (key == null) {
            return "id";
        }
        String k = key.replaceAll("(?i)(_id|Id)$", "");
        k = k.replaceAll("[^A-Za-z]", "");
        return k.isEmpty() ? "id" : Character.toLowerCase(k.charAt(0)) + k.substring(1);
    }

    /** The resource kind of a call: the last plain word of its path, singular ("/v1/customers/&lt;customer:1&gt;/orders" → order). */
    private static String collectionOf(String path) {
        String pathPart = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String[] segments = pathPart.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (segments[i].matches("[A-Za-z]+") && !segments[i].equals("v1")) {
                return singular(segments[i]);
            }
        }
        return "id";
    }

    private static String singular(String word) {
        String w = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
