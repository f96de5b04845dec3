package org.partnersandbox.suite.scenario;

import io.cucumber.java.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.CallLog;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.client.Transcript;

/**
 * The state of one scenario, shared by its step classes and hooks. Picocontainer creates one per
 * scenario, so scenarios never see each other's state, whatever order they run in.
 */
public final class ScenarioContext {

    private final CallLog calls = new CallLog();
    private final Transcript transcript = new Transcript();
    private final ScenarioCleanup cleanup = new ScenarioCleanup();

    private List<String> capabilities = List.of();
    private final List<ApiResponse> answers = Collections.synchronizedList(new ArrayList<>());
    private final List<IndirectReseller> resellers = Collections.synchronizedList(new ArrayList<>());
    private final List<String> observations = Collections.synchronizedList(new ArrayList<>());

    private Actor actor;
    private Actor provider;
    private ApiResponse lastResponse;
    private SandboxResellerRequest resellerRequest;

    /** Called by a hook before the first step: remembers the scenario's {@code @cap:} tags for messages. */
    public void begin(Scenario scenario) {
        capabilities = scenario.getSourceTagNames().stream()
                .filter(tag -> tag.startsWith("@cap:"))
                .map(tag -> tag.substring("@cap:".length()))
                .sorted()
                .toList();
    }

    public CallLog calls() {
        return calls;
    }

    public Transcript transcript() {
        return transcript;
    }

    public ScenarioCleanup cleanup() {
        return cleanup;
    }

    public void actAs(Actor newActor) {
        this.actor = newActor;
        if (provider == null && newActor.account().role() == PartnerRole.INDIRECT_PROVIDER) {
            provider = newActor;
        }
    }

    /** The scenario's sandbox indirect provider (the first one cast), even after "it" has become another account. */
    public Actor provider() {
        if (provider == null) {
            throw new IllegalStateException("no sandbox indirect provider yet: the scenario must start with one");
        }
        return provider;
    }

    /** The scenario's current actor: "it" in the step text. */
    public Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("no partner account yet: the scenario must start with a Given that names one");
        }
        return actor;
    }

    public void answered(ApiResponse response) {
        this.lastResponse = response;
        answers.add(response);
    }

    /** Every answer the steps have kept, in order (cleanup calls are not among them). */
    public List<ApiResponse> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    public ApiResponse lastResponse() {
        if (lastResponse == null) {
            throw new IllegalStateException("no Partner Center call has been made yet in this scenario");
        }
        return lastResponse;
    }

    /** What the target answered where the pages say nothing precise, for the capability report. */
    public void observed(String observation) {
        observations.add(observation);
    }

    public List<String> observations() {
        synchronized (observations) {
            return List.copyOf(observations);
        }
    }

    public void requested(SandboxResellerRequest request) {
        this.resellerRequest = request;
    }

    public SandboxResellerRequest resellerRequest() {
        if (resellerRequest == null) {
            throw new IllegalStateException("no sandbox indirect reseller has been requested in this scenario");
        }
        return resellerRequest;
    }

    private volatile java.util.function.Supplier<ApiResponse> lastListing;

    /** Lists through {@code listing}, keeps its answer as the last one and the listing to read again. */
    public ApiResponse list(java.util.function.Supplier<ApiResponse> listing) {
        lastListing = listing;
        ApiResponse response = listing.get();
        answered(response);
        return response;
    }

    /** The last listing of the scenario, read again the same way (a lagging sandbox catches up). */
    public ApiResponse listAgain() {
        if (lastListing == null) {
            throw new IllegalStateException("nothing has been listed in this scenario");
        }
        return list(lastListing);
    }

    private final java.util.Set<String> deletedResellers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public void created(IndirectReseller newReseller) {
        resellers.add(newReseller);
    }

    /** "that indirect reseller": the one created last. */
    public IndirectReseller reseller() {
        return resellerIfCreated().orElseThrow(() ->
                new IllegalStateException("no sandbox indirect reseller has been created in this scenario"));
    }

    public Optional<IndirectReseller> resellerIfCreated() {
        synchronized (resellers) {
            return resellers.isEmpty() ? Optional.empty() : Optional.of(resellers.get(resellers.size() - 1));
        }
    }

    /** Every sandbox indirect reseller created in the scenario, oldest first. */
    public List<IndirectReseller> resellers() {
        synchronized (resellers) {
            return List.copyOf(resellers);
        }
    }

    /** A reseller of this scenario whose delete was answered 204: no longer expected in listings. */
    public void deleted(IndirectReseller reseller) {
        deletedResellers.add(reseller.accountId());
    }

    /** The resellers this scenario created and has not deleted, oldest first. */
    public List<IndirectReseller> liveResellers() {
        return resellers().stream().filter(r -> !deletedResellers.contains(r.accountId())).toList();
    }

    /**
     * The head of an assertion message: the capability, the call and its correlation id, and the
     * masked response body. E.g. "[IR-10] POST /v1/sandboxIndirectReseller → 401 (MS-CorrelationId …)".
     */
    public String about(ApiResponse response) {
        return "[" + String.join(", ", capabilities) + "] " + response.call().describe()
                + "\nresponse body:\n" + response.maskedBody() + "\n";
    }

    /** The same, for checks that are not about one response. */
    public String about(String what) {
        return "[" + String.join(", ", capabilities) + "] " + what;
    }
}
