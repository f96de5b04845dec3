package org.partnersandbox.emulator;

import org.partnersandbox.parity.JsonShape;
import org.partnersandbox.parity.DocumentedDifferences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.SEATS;
import static org.partnersandbox.emulator.EmulatorHttp.customerBody;
import static org.partnersandbox.emulator.EmulatorHttp.orderBody;

/**
 * The contract test over the documented examples (src/test/resources/doc-examples, a copy of
 * ../shared/reference/doc-examples): each documented flow is driven against the emulator, with the documented
 * request body where the page gives one (PascalCase included), and the answer's structure — status, keys, JSON
 * types — is compared with the documented response ({@link JsonShape}). Where a page prints more than one
 * example usable for matching, the closest one counts; a key the example leaves out but another documented
 * example of the same resource type shows (by {@code attributes.objectType}) is documented, so no difference. Every difference fails unless docs/emulator.md lists it
 * under "Documented differences" with its reason; a listed difference that no longer occurs fails too, so the
 * list stays true.
 */
class DocumentedExamplesContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = "/doc-examples/";
    private static final Path EMULATOR_DOC = Path.of("docs", "emulator.md");

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();

    /** What the emulator answered, by operation. */
    private static final Map<String, Answer> ANSWERS = new LinkedHashMap<>();

    private record Answer(int status, JsonNode body) {
        static Answer of(Response response) throws IOException {
            String text = response.asString();
            return new Answer(response.statusCode(), text.isBlank() ? null : JSON.readTree(text));
        }
    }

    @BeforeAll
    static void driveEveryDocumentedFlow() throws IOException {
        EmulatorHttp.Account provider = http.provision("indirectProvider");
        String token = http.appUserToken(provider);

        ObjectNode irBody = requestBody("create_sandbox_indirect_reseller");
        Answer reseller = record("create_sandbox_indirect_reseller", http.as(token).contentType("application/json")
                .body(irBody.toString()).post("/v1/sandboxIndirectReseller"));
        String resellerId = reseller.body().path("accountId").asText();
        String resellerMpnId = reseller.body().path("mpnId").asText();

        Answer customer = record("create_customer", json(http.as(token), requestBody("create_customer")).post("/v1/customers"));
        String customerId = customer.body().path("id").asText();

        ObjectNode forReseller = requestBody("create_customer_for_indirect_reseller");
        forReseller.put("AssociatedPartnerId", resellerId);
        Answer resellersCustomer = record("create_customer_for_indirect_reseller",
                json(http.as(token), forReseller).post("/v1/customers"));
        String resellersCustomerId = resellersCustomer.body().path("id").asText();

        record("get_customer_by_id", http.as(token).get("/v1/customers/" + customerId));
        record("list_customers", http.as(token).get("/v1/customers?size=40"));
        String filter = "{\"Field\":\"IndirectReseller\",\"Value\":\"" + resellerId + "\",\"Operator\":\"starts_with\"}";
        record("list_customers_of_indirect_reseller", http.as(token).urlEncodingEnabled(false)
                .get("/v1/customers?size=0&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
        record("list_indirect_resellers", http.as(token).get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf"));
        record("get_indirect_resellers_of_customer", http.as(token).get("/v1/customers/" + resellersCustomerId + "/relationships"));
        record("relationship_request_url", http.as(token).get("/v1/customers/relationshiprequests"));

        String other = http.reseller(token).getString("accountId");
        record("delete_sandbox_indirect_reseller", http.as(token).delete("/v1/sandboxIndirectReseller/" + other));

        // the documented order: an Azure RI (its offer is in the emulator's catalogue), PascalCase
        Answer order = record("create_order", json(http.as(token), requestBody("create_order"))
                .post("/v1/customers/" + customerId + "/orders"));
        String orderId = order.body().path("id").asText();
        record("get_order_by_id", http.as(token).get("/v1/customers/" + customerId + "/orders/" + orderId));
        record("list_orders", http.as(token).get("/v1/customers/" + customerId + "/orders"));

        // subscriptions: a seat order of the reseller's customer, with the reseller as partner of record
        String subscriptionId = http.order(token, resellersCustomerId, orderBody(resellerMpnId, SEATS))
                .getString("lineItems[0].subscriptionId");
        String subscriptions = "/v1/customers/" + resellersCustomerId + "/subscriptions";
        record("list_subscriptions", http.as(token).get(subscriptions));
        Answer subscription = record("get_subscription", http.as(token).get(subscriptions + "/" + subscriptionId));
        for (String operation : List.of("suspend_subscription", "reactivate_subscription")) {
            String etag = subscription.body().path("attributes").path("etag").asText();
            ObjectNode body = requestBody(operation);
            body.put("Id", subscriptionId);
            ((ObjectNode) body.get("Attributes")).put("Etag", etag);
            subscription = record(operation, json(http.as(token).header("If-Match", etag), body)
                    .patch(subscriptions + "/" + subscriptionId));
        }

        record("cancel_order_sandbox", json(http.as(token), JSON.createObjectNode().put("id", orderId).put("status", "cancelled"))
                .patch("/v1/customers/" + customerId + "/orders/" + orderId));
        String deletable = http.customer(token, customerBody("Deleted"));
        record("delete_customer_sandbox", http.as(token).delete("/v1/customers/" + deletable));

        ObjectNode appOnly = requestBody("token_app_only");
        appOnly.put("client_id", provider.clientId()).put("client_secret", provider.clientSecret());
        record("token_app_only", http.tokenRequest(provider.tenantId(), form(appOnly)));
        String refreshToken = http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), provider.password())
                .then().statusCode(200).extract().path("refresh_token");
        ObjectNode appUser = requestBody("token_app_user");
        appUser.put("client_id", provider.clientId()).put("client_secret", provider.clientSecret()).put("refresh_token", refreshToken);
        record("token_app_user", http.tokenRequest(provider.tenantId(), form(appUser)));

        // the documented error shape: any refusal, here an unknown customer's 404
        record("error_example", http.as(token).get("/v1/customers/" + java.util.UUID.randomUUID()));
    }

    @TestFactory
    Stream<DynamicTest> each_documented_example_has_the_emulators_structure_or_a_listed_difference() throws IOException {
        Set<String> listed = DocumentedDifferences.read(EMULATOR_DOC);
        return operations().stream().map(operation -> DynamicTest.dynamicTest(operation, () -> {
            List<String> unlisted = differences(operation).stream().filter(d -> !listed.contains(operation + ": " + d)).toList();
            assertThat(unlisted).as("differences from the documented example of %s that docs/emulator.md does not list under "
                    + "'%s' (a row: | `%s` | <difference> | <reason> |)", operation, DocumentedDifferences.HEADING, operation).isEmpty();
        }));
    }

    @Test
    void every_listed_difference_still_occurs() throws IOException {
        Set<String> occurring = new TreeSet<>();
        for (String operation : operations()) {
            differences(operation).forEach(d -> occurring.add(operation + ": " + d));
        }
        assertThat(DocumentedDifferences.read(EMULATOR_DOC)).as("documented differences the emulator no longer shows")
                .isSubsetOf(occurring);
    }

    @Test
    void every_link_the_emulator_wrote_leaves_the_api_version_out() {
        List<String> uris = new ArrayList<>();
        ANSWERS.values().forEach(answer -> collectUris(answer.body(), uris));
        assertThat(uris).as("every links.*.uri of every answer").hasSizeGreaterThan(20)
                .allSatisfy(uri -> assertThat(uri).startsWith("/").doesNotStartWith("/v1"));
    }

    private static void collectUris(JsonNode node, List<String> uris) {
        if (node == null) {
            return;
        }
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equalsIgnoreCase("uri") && field.getValue().isTextual()) {
                uris.add(field.getValue().textValue());
            }
        });
        node.elements().forEachRemaining(child -> collectUris(child, uris));
    }

    @Test
    void every_documented_operation_is_driven() throws IOException {
        assertThat(ANSWERS.keySet()).containsExactlyInAnyOrderElementsOf(operations());
    }

    /** The differences from the closest documented example; a status other than the documented one is the one difference. */
    private static List<String> differences(String operation) throws IOException {
        JsonNode example = example(operation);
        Answer answer = ANSWERS.get(operation);
        assertThat(answer).as("the emulator's answer to %s", operation).isNotNull();
        JsonNode status = example.path("response_status");
        boolean statusMatches = status.isNull() || status.isMissingNode()
                ? answer.status() >= 200 && answer.status() < 300 : status.asInt() == answer.status();
        if (!statusMatches) {
            return List.of("status " + answer.status());
        }
        Map<String, Set<String>> vocabulary = vocabulary();
        List<String> best = JsonShape.of(example.get("response_body")).differencesOf(JsonShape.of(answer.body()), vocabulary);
        for (JsonNode alternate : example.path("alternates")) {
            if (alternate.path("use_for_matching").asBoolean(false)) {
                List<String> these = JsonShape.of(alternate.get("response_body")).differencesOf(JsonShape.of(answer.body()), vocabulary);
                if (these.size() < best.size()) {
                    best = these;
                }
            }
        }
        return best;
    }

    /** Every key each resource type shows in any documented response, main or alternate. */
    private static Map<String, Set<String>> vocabulary() throws IOException {
        Map<String, Set<String>> vocabulary = new LinkedHashMap<>();
        for (String operation : operations()) {
            JsonNode example = example(operation);
            JsonShape.of(example.get("response_body")).addTo(vocabulary);
            for (JsonNode alternate : example.path("alternates")) {
                JsonShape.of(alternate.get("response_body")).addTo(vocabulary);
            }
        }
        return vocabulary;
    }

    private static List<String> operations() throws IOException {
        List<String> operations = new ArrayList<>();
        for (JsonNode entry : read("index.json").path("operations")) {
            operations.add(entry.path("operation").asText());
        }
        return operations;
    }

    private static JsonNode example(String operation) throws IOException {
        return read(operation + ".json");
    }

    private static ObjectNode requestBody(String operation) throws IOException {
        return (ObjectNode) example(operation).get("request_body").deepCopy();
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = DocumentedExamplesContractTest.class.getResourceAsStream(EXAMPLES + file)) {
            assertThat(in).as("src/test/resources%s%s (copied from ../shared/reference/doc-examples)", EXAMPLES, file).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Answer record(String operation, Response response) throws IOException {
        Answer answer = Answer.of(response);
        ANSWERS.put(operation, answer);
        return answer;
    }

    private static RequestSpecification json(RequestSpecification request, JsonNode body) {
        return request.contentType("application/json").body(body.toString());
    }

    private static Map<String, String> form(ObjectNode body) {
        Map<String, String> form = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        fields.forEachRemaining(field -> form.put(field.getKey(), field.getValue().asText()));
        return form;
    }
}
