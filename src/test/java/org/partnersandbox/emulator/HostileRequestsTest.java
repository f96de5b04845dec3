package org.partnersandbox.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.RESERVED_INSTANCE;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.orderBody;

/**
 * Thousands of generated hostile requests to every route of the emulator: broken and truncated
 * JSON, wrong types, missing properties, huge strings and bodies, deep nesting, unknown fields,
 * odd Unicode, bad GUIDs, path traversal, bad percent-encoding, duplicate and missing headers,
 * malformed header lines, wrong methods. Each request carries at least one defect that must get
 * it refused (decorations such as unknown fields or a duplicated request id come on top), so the
 * property is strict: every answer is a 4xx in the error shape, never a 5xx nor Jetty's HTML page,
 * and {@code /_emulator/state} is the same afterwards. Requests go over a raw socket
 * ({@link RawHttp}), so nothing is cleaned up by a client library on the way.
 */
class HostileRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TRIES = 1200; // two properties: ~2,400 requests; 10-45 s on 2 cores, by load

    /** A route of EmulatorServer's table, with the concrete path of a real resource and the methods it allows. */
    record Route(String path, Set<String> methods, String bodyMethod, JsonNode validBody, List<String> requiredFields,
                 Kind kind) {
    }

    enum Kind { PARTNER_CENTER, TOKEN, ADMIN }

    /** One generated request and the defect that must get it refused. */
    record Hostile(String defect, String method, String target, List<String> headers, byte[] body, Kind kind) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return defect + ": " + method + " " + target + " " + headers + " " + shown + (body != null && body.length > 300 ? "…(" + body.length + " bytes)" : "");
        }
    }

    private static EmulatorHttp http;
    private static RawHttp raw;
    private static String token;
    private static String tenantId;
    private static List<Route> routes;

    @BeforeContainer
    static void start() {
        http = new EmulatorHttp();
        EmulatorHttp.Account provider = http.provision("indirectProvider");
        tenantId = provider.tenantId();
        token = http.appUserToken(provider);
        String reseller = http.reseller(token).getString("accountId");
        String customer = http.customer(token, customerBody("Target of hostile requests"));
        JsonPath order = http.order(token, customer, orderBody(null, RESERVED_INSTANCE));
        String orderId = order.getString("id");
        String subscription = order.getString("lineItems[0].subscriptionId");
        raw = new RawHttp("127.0.0.1", http.emulator().port());
        routes = routes(reseller, customer, orderId, subscription);
    }

    @AfterContainer
    static void stop() {
        http.close();
    }

    private static List<Route> routes(String reseller, String customer, String order, String subscription) {
        String c = "/v1/customers/" + customer;
        JsonNode customerBody = JSON.valueToTree(customerBody("Hostile Contoso"));
        JsonNode resellerBody = JSON.valueToTree(EmulatorHttp.resellerBody("6363276", "US"));
        JsonNode orderBody = JSON.valueToTree(orderBody(null, RESERVED_INSTANCE));
        JsonNode cancel = JSON.valueToTree(Map.of("status", "cancelled"));
        JsonNode suspend = JSON.valueToTree(Map.of("status", "suspended"));
        List<Route> all = new ArrayList<>(List.of(
                new Route("/v1/sandboxIndirectReseller", Set.of("POST"), "POST", resellerBody,
                        List.of("mpnId", "tenant.domainPrefix", "tenant.country", "legalBusinessProfile.address"), Kind.PARTNER_CENTER),
                new Route("/v1/sandboxIndirectReseller/" + reseller, Set.of("DELETE"), null, null, List.of(), Kind.PARTNER_CENTER),
                new Route("/v1/relationships", Set.of("GET"), null, null, List.of(), Kind.PARTNER_CENTER),
                new Route("/v1/customers/relationshiprequests", Set.of("GET"), null, null, List.of(), Kind.PARTNER_CENTER),
                new Route("/v1/customers", Set.of("GET", "POST"), "POST", customerBody,
                        List.of("companyProfile", "companyProfile.domain", "billingProfile.email", "billingProfile.defaultAddress",
                                "billingProfile.defaultAddress.country"), Kind.PARTNER_CENTER),
                new Route(c, Set.of("GET", "DELETE"), null, null, List.of(), Kind.PARTNER_CENTER),
                new Route(c + "/relationships", Set.of("GET"), null, null, List.of(), Kind.PARTNER_CENTER),
                new Route(c + "/orders", Set.of("GET", "POST"), "POST", orderBody, List.of("lineItems"), Kind.PARTNER_CENTER),
                new Route(c + "/orders/" + order, Set.of("GET", "PATCH"), "PATCH", cancel, List.of("status"), Kind.PARTNER_CENTER),
                new Route(c + "/subscriptions", Set.of("GET"), null, null, List.of(), Kind.PARTNER_CENTER),
                new Route(c + "/subscriptions/" + subscription, Set.of("GET", "PATCH"), "PATCH", suspend, List.of("status"), Kind.PARTNER_CENTER),
                new Route("/" + tenantId + "/oauth2/token", Set.of("POST"), "POST", null, List.of(), Kind.TOKEN),
                new Route("/" + tenantId + "/oauth2/v2.0/token", Set.of("POST"), "POST", null, List.of(), Kind.TOKEN),
                new Route("/_emulator/accounts", Set.of("GET", "POST"), "POST", JSON.valueToTree(Map.of("role", "indirectProvider")),
                        List.of("role"), Kind.ADMIN),
                new Route("/_emulator/reset", Set.of("POST"), null, null, List.of(), Kind.ADMIN),
                new Route("/_emulator/state", Set.of("GET"), null, null, List.of(), Kind.ADMIN),
                new Route("/_emulator/tokens", Set.of("POST"), "POST", JSON.valueToTree(Map.of("tenantId", tenantId)),
                        List.of("tenantId"), Kind.ADMIN),
                new Route("/_emulator/faults", Set.of("GET", "POST", "DELETE"), "POST",
                        JSON.valueToTree(Map.of("path", "/v1/nothing-matches-this", "status", 503, "times", 1)), List.of("path", "status"),
                        Kind.ADMIN)));
        return all;
    }

    // ---------------------------------------------------------------- the properties

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void a_hostile_body_is_refused_in_the_error_shape_and_changes_nothing(@ForAll("hostileBodies") Hostile request) throws IOException {
        refusedAndNothingChanged(request);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void a_hostile_path_method_or_header_is_refused_in_the_error_shape_and_changes_nothing(
            @ForAll("hostileRequestLines") Hostile request) throws IOException {
        refusedAndNothingChanged(request);
    }

    private static void refusedAndNothingChanged(Hostile request) throws IOException {
        String before = state();
        RawHttp.Answer answer = raw.send(request.method(), request.target(), request.headers(), request.body());
        assertThat(answer.status()).as("%s\n→ %s %s", request, answer.status(), answer.body()).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).as("%s\n→ content type", request).startsWith("application/json");
        JsonNode body = JSON.readTree(answer.body());
        if (request.kind() == Kind.TOKEN && body.has("error")) {
            // Azure AD's own error shape: the token endpoint is not Partner Center
            assertThat(body.path("error").isTextual() && body.path("error_description").isTextual())
                    .as("%s\n→ OAuth error shape: %s", request, answer.body()).isTrue();
        } else {
            assertThat(body.path("code").isNumber()).as("%s\n→ numeric code: %s", request, answer.body()).isTrue();
            assertThat(body.path("description").asText("")).as("%s\n→ description: %s", request, answer.body()).isNotBlank();
            assertThat(body.path("data").isArray()).as("%s\n→ data: %s", request, answer.body()).isTrue();
            assertThat(body.path("source").asText()).as("%s\n→ source: %s", request, answer.body()).isEqualTo("PartnerFD");
        }
        assertThat(state()).as("%s\n→ the emulator state changed", request).isEqualTo(before);
    }

    /** What exists, and the armed faults: what a refused request must not change. */
    private static String state() throws IOException {
        RawHttp.Answer state = raw.send("GET", "/_emulator/state", List.of(), null);
        RawHttp.Answer faults = raw.send("GET", "/_emulator/faults", List.of(), null);
        assertThat(state.status()).isEqualTo(200);
        return state.body() + faults.body();
    }

    // ---------------------------------------------------------------- bodies

    @Provide
    Arbitrary<Hostile> hostileBodies() {
        List<Route> withBodies = routes.stream().filter(r -> r.bodyMethod() != null).toList();
        return Combinators.combine(Arbitraries.of(withBodies), bodyDefect(), decorations(), oddText())
                .as((route, defect, decorate, odd) -> defect.apply(route, decorate, odd));
    }

    /** A defect of the body that must get it refused. */
    interface BodyDefect {
        Hostile apply(Route route, boolean decorate, String odd);
    }

    private Arbitrary<BodyDefect> bodyDefect() {
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 10_000);
        Arbitrary<JsonNode> wrongValue = Arbitraries.of(JsonNodeFactory.instance.numberNode(42), JsonNodeFactory.instance.booleanNode(true),
                JsonNodeFactory.instance.arrayNode().add("x"), JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(-1.5e300));
        Arbitrary<String> notObjects = Arbitraries.of("[1, 2]", "\"text\"", "null", "42", "true", "", "   ", "{} {}", "{\"a\":1}}",
                "{'single': 'quotes'}", "{\"a\": NaN}", "{\"a\": 01}", "\uFEFF{}", "{\"a\":\"\\uZZZZ\"}", "{\"a\": \"unterminated}");
        Arbitrary<Integer> fieldIndex = Arbitraries.integers().between(0, 20);
        return Arbitraries.oneOf(
                cut.map(at -> (route, decorate, odd) -> {
                    byte[] whole = json(decorated(route, decorate, odd));
                    return hostile("truncated JSON", route, "application/json", java.util.Arrays.copyOf(whole, at % whole.length));
                }),
                Combinators.combine(fieldIndex, wrongValue).as((i, value) -> (route, decorate, odd) -> {
                    if (route.kind() == Kind.TOKEN) {
                        return tokenDefect(route, i, odd);
                    }
                    String field = route.requiredFields().get(i % route.requiredFields().size());
                    ObjectNode body = decorated(route, decorate, odd);
                    set(body, field, value);
                    return hostile("wrong type at " + field, route, "application/json", json(body));
                }),
                fieldIndex.map(i -> (route, decorate, odd) -> {
                    if (route.kind() == Kind.TOKEN) {
                        return tokenDefect(route, i + 1, odd);
                    }
                    String field = route.requiredFields().get(i % route.requiredFields().size());
                    ObjectNode body = decorated(route, decorate, odd);
                    remove(body, field);
                    return hostile("missing " + field, route, "application/json", json(body));
                }),
                notObjects.map(text -> (route, decorate, odd) ->
                        hostile("not a JSON object", route, "application/json", text.getBytes(StandardCharsets.UTF_8))),
                Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "")
                        .map(type -> (route, decorate, odd) -> route.kind() == Kind.TOKEN
                                ? hostile("JSON to the token endpoint", route, "application/json", json(JSON.valueToTree(
                                        Map.of("grant_type", "client_credentials", "client_id", odd))))
                                : hostile("wrong content type '" + type + "'", route, type, json(decorated(route, decorate, odd)))),
                Arbitraries.integers().between(1, 64).map(extraKib -> (route, decorate, odd) -> {
                    byte[] huge = new byte[1024 * 1024 + extraKib * 1024];
                    java.util.Arrays.fill(huge, (byte) 'a');
                    byte[] prefix = "{\"x\": \"".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(prefix, 0, huge, 0, prefix.length);
                    return hostile("body over 1 MiB", route, route.kind() == Kind.TOKEN ? "application/x-www-form-urlencoded" : "application/json", huge);
                }),
                Arbitraries.integers().between(0, 3).map(i -> (route, decorate, odd) -> {
                    if (route.kind() == Kind.TOKEN) {
                        return tokenDefect(route, i + 2, odd);
                    }
                    ObjectNode body = decorated(route, decorate, odd);
                    String field = route.requiredFields().get(i % route.requiredFields().size());
                    set(body, field, JsonNodeFactory.instance.textNode("x".repeat(300_000)));
                    return hostile("huge string at " + field, route, "application/json", json(body));
                }),
                Arbitraries.integers().between(65, 2000).map(depth -> (route, decorate, odd) -> {
                    String nested = "[".repeat(depth) + "]".repeat(depth);
                    String field = route.kind() == Kind.TOKEN ? "x" : route.requiredFields().get(0);
                    return hostile("nesting " + depth + " deep", route, "application/json",
                            ("{\"" + field + "\": " + nested + "}").getBytes(StandardCharsets.UTF_8));
                }));
    }

    /** Form bodies the token endpoint must refuse: missing, unknown or wrong grant fields. */
    private static Hostile tokenDefect(Route route, int which, String odd) {
        String enc = URLEncoder.encode(odd, StandardCharsets.UTF_8);
        String form = switch (Math.abs(which) % 6) {
            case 0 -> "client_id=" + enc + "&client_secret=x&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com";
            case 1 -> "grant_type=" + enc + "&client_id=x";
            case 2 -> "grant_type=client_credentials&client_id=" + enc + "&client_secret=" + enc;
            case 3 -> "grant_type=password&client_id=" + UUID.randomUUID() + "&username=" + enc + "&password=" + enc;
            case 4 -> "grant_type=refresh_token&client_id=x&refresh_token=" + enc;
            default -> "%zz=%&&==&grant_type";
        };
        return hostile("token form " + (Math.abs(which) % 6), route, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- paths, methods, headers

    @Provide
    Arbitrary<Hostile> hostileRequestLines() {
        Arbitrary<String> junkId = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(80)
                        .filter(s -> !s.matches("[0-9a-fA-F-]{36}")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
                Arbitraries.of("00000000-0000-0000-0000-00000000000", "{" + UUID.randomUUID() + "}", UUID.randomUUID() + "x",
                        "%E2%80%AE" + UUID.randomUUID(), "%F0%9F%92%A5", "..", "%2e%2e", "..%2f..%2f_emulator%2freset", "%2f",
                        "%zz", "%", "a%00b", "%C0%AE%C0%AE", "%ED%A0%80", "x".repeat(5000)),
                Arbitraries.just(UUID.randomUUID().toString())); // well-formed but unknown: 404
        return Arbitraries.oneOf(
                // a wrong method
                Combinators.combine(Arbitraries.of(routes), Arbitraries.of("PUT", "PATCH", "DELETE", "POST", "GET", "FOO")).as((route, method) ->
                        route.methods().contains(method) ? null
                                : new Hostile("wrong method", method, route.path(), authorized(route), null, route.kind()))
                        .filter(h -> h != null),
                // a bad or unknown id in place of a real one (every /v1 route with an id)
                Combinators.combine(Arbitraries.of(routesWithIds()), junkId, Arbitraries.integers().between(0, 5)).as((route, junk, at) -> {
                    String[] segments = route.path().split("/");
                    List<Integer> idSegments = new ArrayList<>();
                    for (int i = 0; i < segments.length; i++) {
                        if (segments[i].length() > 20) {
                            idSegments.add(i);
                        }
                    }
                    segments[idSegments.get(at % idSegments.size())] = junk;
                    String method = route.methods().iterator().next();
                    return new Hostile("bad id '" + junk + "'", method, String.join("/", segments), authorized(route), null, route.kind());
                }),
                // path traversal and bad encoding appended to a route
                Combinators.combine(Arbitraries.of(routes), Arbitraries.of("/../_emulator/reset", "/..%2f_emulator%2freset",
                        "/%2e%2e/%2e%2e/etc/passwd", "/..;/_emulator/reset", "/%zz", "/%", "/%00", "/%C0%AE%C0%AE/", "/x%ED%A0%80",
                        "/./../../", "\\..\\..\\windows")).as((route, suffix) -> new Hostile("traversal or encoding '" + suffix + "'",
                        route.methods().iterator().next(), route.path() + suffix, authorized(route), null, route.kind())),
                // the Partner Center routes without a usable token
                Combinators.combine(Arbitraries.of(routes.stream().filter(r -> r.kind() == Kind.PARTNER_CENTER).toList()),
                        Arbitraries.of("", "Bearer", "Bearer ", "Bearer garbage", "Basic dXNlcjpwYXNz", "bearer " + "a.b.c",
                                "Bearer " + UUID.randomUUID(), "Bearer eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0.")).as((route, auth) -> {
                    List<String> headers = new ArrayList<>(ids());
                    if (!auth.isEmpty()) {
                        headers.add("Authorization: " + auth);
                    }
                    return withBody(new Hostile("authorization '" + auth + "'", route.bodyMethod() != null ? route.bodyMethod()
                            : route.methods().iterator().next(), route.path(), headers, null, route.kind()), route);
                }),
                // malformed header lines and lengths, which Jetty refuses itself
                Combinators.combine(Arbitraries.of(routes), Arbitraries.of("no colon here", "Content-Length: 5\r\nContent-Length: 7",
                        "Content-Length: -1", "Content-Length: abc", "X-Big: " + "b".repeat(20_000), " leading-space: x",
                        "Transfer-Encoding: chunked\r\nContent-Length: 3", "Transfer-Encoding: gzip, chunked, identity")).as((route, line) -> {
                    List<String> headers = new ArrayList<>(authorized(route));
                    headers.add(line);
                    return new Hostile("header '" + line.substring(0, Math.min(line.length(), 40)) + "'",
                            route.bodyMethod() != null ? route.bodyMethod() : route.methods().iterator().next(), route.path(), headers,
                            "{\"a\": 1}".getBytes(StandardCharsets.UTF_8), route.kind());
                }));
    }

    private static List<Route> routesWithIds() {
        return routes.stream().filter(r -> r.kind() == Kind.PARTNER_CENTER
                && java.util.Arrays.stream(r.path().split("/")).anyMatch(s -> s.length() > 20)).toList();
    }

    /** A body route gets its valid body, so that only the header is wrong. */
    private static Hostile withBody(Hostile request, Route route) {
        if (route.validBody() == null || !request.method().equals(route.bodyMethod())) {
            return request;
        }
        List<String> headers = new ArrayList<>(request.headers());
        headers.add("Content-Type: application/json");
        byte[] body = json(route.validBody().deepCopy());
        headers.add("Content-Length: " + body.length);
        return new Hostile(request.defect(), request.method(), request.target(), headers, body, request.kind());
    }

    // ---------------------------------------------------------------- decorations (never enough for a refusal alone)

    private Arbitrary<Boolean> decorations() {
        return Arbitraries.of(true, false);
    }

    /** Strings that are legal JSON but odd: right-to-left marks, zero-width joiners, NUL, emoji, lone-surrogate escapes. */
    private Arbitrary<String> oddText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40)
                        .map(s -> s.chars().filter(ch -> !Character.isSurrogate((char) ch))
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()),
                Arbitraries.of("\u202Eevil", "a\u200Db", "\u0000", "💥🎉", "Ω≈ç√∫", "\uFEFF", "ｆｕｌｌｗｉｄｔｈ", "Ǆǅǆ", "<script>", "'; DROP TABLE --"));
    }

    /** The valid body, plus unknown fields and odd Unicode when decorated. */
    private static ObjectNode decorated(Route route, boolean decorate, String odd) {
        ObjectNode body = route.validBody() == null ? JSON.createObjectNode() : (ObjectNode) route.validBody().deepCopy();
        if (decorate) {
            body.put("unknown" + odd, odd);
            body.putObject("extra").put(odd, 1).putArray("list").add(odd);
        }
        return body;
    }

    private static Hostile hostile(String defect, Route route, String contentType, byte[] body) {
        List<String> headers = new ArrayList<>(authorized(route));
        if (!contentType.isEmpty()) {
            headers.add("Content-Type: " + contentType);
        }
        headers.add("Content-Length: " + body.length);
        return new Hostile(defect, route.bodyMethod(), route.path(), headers, body, route.kind());
    }

    /** A valid token on Partner Center routes, and request ids — sometimes twice, as a decoration. */
    private static List<String> authorized(Route route) {
        List<String> headers = new ArrayList<>(ids());
        if (route.kind() == Kind.PARTNER_CENTER) {
            headers.add("Authorization: Bearer " + token);
        }
        return headers;
    }

    private static List<String> ids() {
        String requestId = UUID.randomUUID().toString();
        return List.of("MS-RequestId: " + requestId, "MS-CorrelationId: " + UUID.randomUUID(), "MS-RequestId: " + UUID.randomUUID());
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(ObjectNode body, String dotted, JsonNode value) {
        String[] steps = dotted.split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = parent.get(steps[i]);
            parent = next instanceof ObjectNode object ? object : parent.putObject(steps[i]);
        }
        parent.set(steps[steps.length - 1], value);
    }

    private static void remove(ObjectNode body, String dotted) {
        String[] steps = dotted.split("\\.");
        JsonNode parent = body;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.path(steps[i]);
        }
        if (parent instanceof ObjectNode object) {
            object.remove(steps[steps.length - 1]);
        }
    }
}
