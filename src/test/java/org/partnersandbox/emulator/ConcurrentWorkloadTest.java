package org.partnersandbox.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.RESERVED_INSTANCE;
import static org.partnersandbox.emulator.EmulatorHttp.SEATS;

/**
 * Many threads, one emulator: creates and deletes of indirect resellers and customers, orders,
 * cancels, suspends, and replays of the same {@code MS-RequestId} from several threads at once
 * (also through the other spellings of a path the router accepts: {@code /v1//...}, a trailing
 * slash, another case). Whatever interleaving happened, the final state must satisfy every rule:
 * quotas, no orphans, and each idempotent create counted once.
 */
class ConcurrentWorkloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROVIDERS = 2;
    private static final int THREADS = 12;
    private static final int OPERATIONS_PER_THREAD = 150;
    private static final int MAX_RESELLERS = 5;
    private static final int MAX_CUSTOMERS = 75;

    private static EmulatorHttp http;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What one provider's threads know and did. */
    private static final class Provider {
        final String tenantId;
        final String token;
        final List<String> resellers = new CopyOnWriteArrayList<>();
        final List<String> customers = new CopyOnWriteArrayList<>();
        final List<String[]> orders = new CopyOnWriteArrayList<>(); // {customerId, orderId, subscriptionId}
        /** Request ids shared between threads, each with its one body: the replays. */
        final List<String> resellerRequestIds = new ArrayList<>();
        final List<String> customerRequestIds = new ArrayList<>();
        final Map<String, String> bodies = new HashMap<>();
        /** request id → every resource id a successful answer to it named. */
        final Map<String, Set<String>> createdBy = new ConcurrentHashMap<>();
        final Set<String> createdResellers = ConcurrentHashMap.newKeySet();
        final Set<String> deletedResellers = ConcurrentHashMap.newKeySet();
        final Set<String> createdCustomers = ConcurrentHashMap.newKeySet();
        final Set<String> deletedCustomers = ConcurrentHashMap.newKeySet();

        Provider(String tenantId, String token) {
            this.tenantId = tenantId;
            this.token = token;
        }
    }

    private static final List<Provider> providers = new ArrayList<>();
    private static final List<String> serverErrors = new CopyOnWriteArrayList<>();
    private static final AtomicInteger calls = new AtomicInteger();
    /** Error codes of the refusals: the workload must have pushed against the quotas. */
    private static final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        http = new EmulatorHttp();
        for (int p = 0; p < PROVIDERS; p++) {
            EmulatorHttp.Account account = http.provision("indirectProvider");
            Provider provider = new Provider(account.tenantId(), http.appUserToken(account));
            for (int i = 0; i < 8; i++) {
                String resellerId = UUID.randomUUID().toString();
                provider.resellerRequestIds.add(resellerId);
                provider.bodies.put(resellerId, JSON.writeValueAsString(EmulatorHttp.resellerBody("6363276", "US")));
                String customerId = UUID.randomUUID().toString();
                provider.customerRequestIds.add(customerId);
                provider.bodies.put(customerId, JSON.writeValueAsString(EmulatorHttp.customerBody("Replayed " + i)));
            }
            providers.add(provider);
        }
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void a_parallel_mixed_workload_ends_in_a_state_that_keeps_every_rule() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 1000L + t;
            workers.add(pool.submit(() -> work(new Random(seed))));
        }
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(serverErrors).as("answers of 500 or above during the workload").isEmpty();
        JsonNode state = JSON.readTree(http.request().get("/_emulator/state").then().statusCode(200).extract().asString());
        Map<String, String> resellerOwner = new HashMap<>();
        state.path("indirectResellers").forEach(r -> resellerOwner.put(r.path("accountId").asText(), r.path("providerTenantId").asText()));
        Set<String> customerIds = new HashSet<>();
        Map<String, Integer> customersPerOwner = new HashMap<>();
        state.path("customers").forEach(c -> {
            customerIds.add(c.path("id").asText());
            customersPerOwner.merge(c.path("ownerTenantId").asText(), 1, Integer::sum);
        });

        for (Provider provider : providers) {
            long resellers = resellerOwner.values().stream().filter(provider.tenantId::equals).count();
            assertThat(resellers).as("indirect resellers of provider %s (IR-01: at most 5)", provider.tenantId).isLessThanOrEqualTo(MAX_RESELLERS);
            assertThat(customersPerOwner.getOrDefault(provider.tenantId, 0)).as("customers of provider %s (IR-04: at most 75)",
                    provider.tenantId).isLessThanOrEqualTo(MAX_CUSTOMERS);
            provider.createdBy.forEach((requestId, ids) -> assertThat(ids)
                    .as("resources named by the answers to MS-RequestId %s (a replay answers the first create)", requestId).hasSize(1));
            // every create counted once: what exists is exactly what was created and not deleted
            assertThat(resellerOwner.entrySet().stream().filter(e -> e.getValue().equals(provider.tenantId)).map(Map.Entry::getKey)
                    .collect(Collectors.toSet())).as("the provider's resellers: created minus deleted")
                    .isEqualTo(minus(provider.createdResellers, provider.deletedResellers));
            Set<String> customersOfProvider = new HashSet<>();
            state.path("customers").forEach(c -> {
                if (c.path("ownerTenantId").asText().equals(provider.tenantId)) {
                    customersOfProvider.add(c.path("id").asText());
                }
            });
            assertThat(customersOfProvider).as("the provider's customers: created minus deleted")
                    .isEqualTo(minus(provider.createdCustomers, provider.deletedCustomers));
        }
        state.path("customers").forEach(c -> {
            String reseller = c.path("associatedPartnerId").asText("");
            if (!reseller.isEmpty() && !c.path("associatedPartnerId").isNull()) {
                assertThat(resellerOwner).as("customer %s belongs to reseller %s, which must exist", c.path("id").asText(), reseller)
                        .containsKey(reseller);
            }
        });
        Map<String, Integer> liveSubscriptions = new HashMap<>();
        state.path("subscriptions").forEach(s -> {
            assertThat(customerIds).as("customer of subscription %s", s.path("id").asText()).contains(s.path("customerId").asText());
            if (!s.path("status").asText().equals("deleted")) {
                liveSubscriptions.merge(s.path("customerId").asText(), 1, Integer::sum);
            }
        });
        state.path("orders").forEach(o -> assertThat(customerIds).as("customer of order %s", o.path("id").asText())
                .contains(o.path("customerId").asText()));
        assertThat(liveSubscriptions.values()).as("live subscriptions per customer (at most 5)").allMatch(n -> n <= 5);
        assertThat(refusals).as("refusals by code: the workload reached the reseller quota (6004) and the customer quota (800018)")
                .containsKeys(6004, 800018);
        assertThat(calls.get()).as("calls made (an operation with nothing to act on yet makes none)")
                .isGreaterThan(THREADS * OPERATIONS_PER_THREAD / 2);
    }

    private static Set<String> minus(Set<String> all, Set<String> removed) {
        Set<String> left = new HashSet<>(all);
        left.removeAll(removed);
        return left;
    }

    // ---------------------------------------------------------------- the workload

    private static void work(Random random) {
        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
            Provider provider = providers.get(random.nextInt(providers.size()));
            try {
                // weighted so that both quotas are reached: customer creates outnumber deletes three to one
                switch (random.nextInt(10)) {
                    case 0 -> createReseller(provider, random);
                    case 1 -> deleteReseller(provider, random);
                    case 2, 3, 4 -> createCustomer(provider, random);
                    case 5 -> deleteCustomer(provider, random);
                    case 6 -> placeOrder(provider, random);
                    case 7 -> cancelOrder(provider, random);
                    case 8 -> suspendSubscription(provider, random);
                    default -> listCustomers(provider);
                }
            } catch (IOException e) {
                serverErrors.add("I/O error: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void createReseller(Provider provider, Random random) throws IOException, InterruptedException {
        boolean replay = random.nextBoolean();
        String requestId = replay ? provider.resellerRequestIds.get(random.nextInt(provider.resellerRequestIds.size()))
                : UUID.randomUUID().toString();
        String body = replay ? provider.bodies.get(requestId)
                : JSON.writeValueAsString(EmulatorHttp.resellerBody("6363276", "US"));
        String path = pick(random, "/v1/sandboxIndirectReseller", "/v1//sandboxIndirectReseller", "/v1/sandboxIndirectReseller/",
                "/v1/SandboxIndirectReseller");
        HttpResponse<String> answer = send(provider, "POST", path, body, requestId);
        if (answer.statusCode() == 201) {
            String id = JSON.readTree(answer.body()).path("accountId").asText();
            provider.createdBy.computeIfAbsent("IR " + requestId, k -> ConcurrentHashMap.newKeySet()).add(id);
            provider.createdResellers.add(id);
            provider.resellers.add(id);
        }
    }

    private static void deleteReseller(Provider provider, Random random) throws IOException, InterruptedException {
        String id = any(provider.resellers, random);
        if (id != null && send(provider, "DELETE", "/v1/sandboxIndirectReseller/" + id, null, UUID.randomUUID().toString()).statusCode() == 204) {
            provider.deletedResellers.add(id);
        }
    }

    private static void createCustomer(Provider provider, Random random) throws IOException, InterruptedException {
        boolean replay = random.nextInt(3) == 0;
        String requestId = replay ? provider.customerRequestIds.get(random.nextInt(provider.customerRequestIds.size()))
                : UUID.randomUUID().toString();
        String body;
        if (replay) {
            body = provider.bodies.get(requestId);
        } else {
            String reseller = random.nextBoolean() ? any(provider.resellers, random) : null;
            body = JSON.writeValueAsString(reseller == null ? EmulatorHttp.customerBody("Busy Contoso")
                    : EmulatorHttp.customerBodyFor("Busy Contoso", reseller));
        }
        HttpResponse<String> answer = send(provider, "POST", pick(random, "/v1/customers", "/v1/customers/", "/v1//customers", "/v1/Customers"),
                body, requestId);
        if (answer.statusCode() == 201) {
            String id = JSON.readTree(answer.body()).path("id").asText();
            provider.createdBy.computeIfAbsent("customer " + requestId, k -> ConcurrentHashMap.newKeySet()).add(id);
            provider.createdCustomers.add(id);
            provider.customers.add(id);
        }
    }

    private static void deleteCustomer(Provider provider, Random random) throws IOException, InterruptedException {
        String id = any(provider.customers, random);
        if (id != null && send(provider, "DELETE", "/v1/customers/" + id, null, UUID.randomUUID().toString()).statusCode() == 204) {
            provider.deletedCustomers.add(id);
        }
    }

    private static void placeOrder(Provider provider, Random random) throws IOException, InterruptedException {
        String customer = any(provider.customers, random);
        if (customer == null) {
            return;
        }
        String offer = random.nextBoolean() ? RESERVED_INSTANCE : SEATS;
        String body = JSON.writeValueAsString(EmulatorHttp.orderBody(null, offer));
        String requestId = UUID.randomUUID().toString();
        String path = "/v1/customers/" + customer + "/orders";
        HttpResponse<String> answer = send(provider, "POST", path, body, requestId);
        if (random.nextBoolean()) {
            answer = send(provider, "POST", path + "/", body, requestId); // a replay of the same order
        }
        if (answer.statusCode() == 201) {
            JsonNode order = JSON.readTree(answer.body());
            provider.createdBy.computeIfAbsent("order " + requestId, k -> ConcurrentHashMap.newKeySet()).add(order.path("id").asText());
            provider.orders.add(new String[]{customer, order.path("id").asText(), order.path("lineItems").path(0).path("subscriptionId").asText()});
        }
    }

    private static void cancelOrder(Provider provider, Random random) throws IOException, InterruptedException {
        String[] order = any(provider.orders, random);
        if (order != null) {
            send(provider, "PATCH", "/v1/customers/" + order[0] + "/orders/" + order[1], "{\"status\": \"cancelled\"}", UUID.randomUUID().toString());
        }
    }

    private static void suspendSubscription(Provider provider, Random random) throws IOException, InterruptedException {
        String[] order = any(provider.orders, random);
        if (order != null) {
            send(provider, "PATCH", "/v1/customers/" + order[0] + "/subscriptions/" + order[2],
                    "{\"status\": \"" + pick(random, "suspended", "active") + "\"}", UUID.randomUUID().toString());
        }
    }

    private static void listCustomers(Provider provider) throws IOException, InterruptedException {
        send(provider, "GET", "/v1/customers?size=20", null, UUID.randomUUID().toString());
    }

    private static HttpResponse<String> send(Provider provider, String method, String path, String body, String requestId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + provider.token)
                .header("MS-RequestId", requestId)
                .header("MS-CorrelationId", UUID.randomUUID().toString());
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        calls.incrementAndGet();
        if (answer.statusCode() >= 400 && answer.statusCode() < 500) {
            refusals.computeIfAbsent(JSON.readTree(answer.body()).path("code").asInt(), k -> new AtomicInteger()).incrementAndGet();
        }
        if (answer.statusCode() >= 500) {
            serverErrors.add(method + " " + path + " → " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    private static <T> T any(List<T> known, Random random) {
        return known.isEmpty() ? null : known.get(random.nextInt(known.size()));
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
