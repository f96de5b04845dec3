package org.partnersandbox.suite.client;

import org.partnersandbox.report.SecretMasker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in what the suite prints: bearer tokens in {@code Authorization}, and the values
 * of secret-named properties (client secrets, passwords such as an indirect reseller's
 * {@code tenant.password}, access and refresh tokens) in JSON and form bodies.
 */
public final class SecretMask {

    public static final String MASK = "***";

    /** Compared case-insensitively, without {@code _} or {@code -}: covers client_secret and clientSecret. */
    private static final Set<String> SECRET_NAMES = Set.of(
            "clientsecret", "password", "accesstoken", "refreshtoken", "idtoken", "clientassertion", "assertion");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern JSON_PAIR = Pattern.compile("(\"([A-Za-z_\\-]+)\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");
    private static final Pattern FORM_PAIR = Pattern.compile("(^|[&?\\s])([A-Za-z_\\-]+)=([^&\\s]*)");

    private SecretMask() {
    }

    public static boolean isSecretName(String name) {
        return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
    }

    /** A header value as it may be printed: the scheme of {@code Authorization} stays, its credential goes. */
    public static String header(String name, String value) {
        if (name.equalsIgnoreCase("Authorization")) {
            int space = value.indexOf(' ');
            return space < 0 ? MASK : value.substring(0, space + 1) + MASK;
        }
        return isSecretName(name) ? MASK : value;
    }

    /** A form field value as it may be printed. */
    public static String formValue(String name, String value) {
        return isSecretName(name) ? MASK : value;
    }

    /**
     * A body as it may be printed: JSON is re-printed with secret properties masked at any depth;
     * anything else (form bodies, text, broken JSON) is masked pattern by pattern.
     */
    public static String body(String text) {
        if (text == null || text.isBlank()) {
            return text == null ? "" : text;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = JSON.readTree(trimmed);
                // then the report's rules too, e.g. a bare JWT under a name that is not secret-looking
                return SecretMasker.mask(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(masked(tree)));
            } catch (JsonProcessingException notJson) {
                // fall through to the patterns
            }
        }
        return text(text);
    }

    /** Free text: bearer tokens, {@code "secretName": value} pairs and {@code secretName=value} pairs. */
    public static String text(String text) {
        String result = BEARER.matcher(text).replaceAll("$1" + MASK);
        result = replacePairs(JSON_PAIR, result, 2, m -> m.group(1) + "\"" + MASK + "\"");
        result = replacePairs(FORM_PAIR, result, 2, m -> m.group(1) + m.group(2) + "=" + MASK);
        // and the report's rules (bare JWTs anywhere, Basic credentials): one union of both maskers
        return SecretMasker.mask(result);
    }

    /** A copy of the tree with every secret-named property's value replaced. */
    public static JsonNode masked(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        maskInPlace(copy);
        return copy;
    }

    private static void maskInPlace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecretName(field.getKey()) && !field.getValue().isNull()) {
                    field.setValue(TextNode.valueOf(MASK));
                } else {
                    maskInPlace(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(SecretMask::maskInPlace);
        }
    }

    private static String replacePairs(Pattern pattern, String text, int nameGroup,
                                       java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replaced = isSecretName(matcher.group(nameGroup)) ? replacement.apply(matcher) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
