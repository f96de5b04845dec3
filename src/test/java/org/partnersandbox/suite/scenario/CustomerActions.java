package org.partnersandbox.suite.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.CustomerRequest;
import org.partnersandbox.suite.client.EmulatorCustomers;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.config.Target;
import org.partnersandbox.suite.hooks.SandboxRun;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * Creating and deleting customers, for every step that needs one: the call, the answer kept and a
 * created customer registered for cleanup.
 */
public final class CustomerActions {

    private final ScenarioContext context;
    private final CreatedResources created;
    private List<String> customersItHas = List.of();

    public CustomerActions(ScenarioContext context, CreatedResources created) {
        this.context = context;
        this.created = created;
    }

    /** A customer of the current actor's own. */
    public void create() {
        send(CustomerRequest.of(context.actor().account().country()));
    }

    /** A customer of the current actor's for "that indirect reseller". */
    public void createForThatReseller() {
        send(CustomerRequest.of(context.actor().account().country()).forIndirectReseller(context.reseller().tenantId()));
    }

    /** Creates one of its own and requires it created. */
    public void createOne() {
        create();
        requireCreated();
    }

    /**
     * "It has N customers": makes the ones missing beside {@code existing} for the current actor and
     * remembers the ids of all N, for the steps that check a listing against them. On the emulator the
     * missing ones are seeded through its admin API in one call (issue 14: they are the scenario's
     * setup, not what it verifies); on the live sandbox each is a Partner Center create, registered for
     * cleanup.
     */
    public List<String> makeUpTo(int count, List<String> existing) {
        List<String> ids = new ArrayList<>(existing);
        int missing = count - existing.size();
        SandboxRun run = SandboxRun.current();
        if (missing > 0 && run.target() == Target.EMULATOR) {
            ScenarioHttp admin = new ScenarioHttp(run.baseUrl(), context.transcript(), run.httpSettings());
            ids.addAll(new EmulatorCustomers(admin).seed(context.actor().account().tenantId(), missing));
        } else {
            for (int i = 0; i < missing; i++) {
                createOne();
                ids.add(Customer.fromJson(context.lastResponse().json()).id());
            }
        }
        customersItHas = List.copyOf(ids);
        return customersItHas;
    }

    /** The ids "it has N customers" made sure of. */
    public List<String> customersItHas() {
        if (customersItHas.isEmpty()) {
            throw new IllegalStateException("no step said how many customers it has ('it has N customers')");
        }
        return customersItHas;
    }

    /** Creates one for "that indirect reseller" and requires it created. */
    public void createOneForThatReseller() {
        createForThatReseller();
        requireCreated();
    }

    /** The last answer is a customer create that returned a customer. */
    public void requireCreated() {
        ApiResponse response = context.lastResponse();
        assertThat(response.status()).as(context.about(response) + "status of a customer create").isEqualTo(201);
        assertThat(Customer.fromJson(response.json()).id()).as(context.about(response) + "the new customer's id").isNotBlank();
    }

    /** Deletes "that customer" as the current actor; the answer is kept. */
    public void deleteThatCustomer() {
        context.answered(context.actor().partnerCenter().customers().delete(created.customer().id()));
    }

    /** Sends the create as the current actor; a customer that comes back is registered for cleanup. */
    public void send(CustomerRequest request) {
        send(context.actor().partnerCenter(), request);
    }

    /**
     * Sends the create as {@code partnerCenter}'s account. Never for a production account: its
     * customer could not be deleted afterwards (production removes the relationship instead), so
     * such a scenario (RR-P1, RR-P3, reference only) is not-run rather than leave a customer behind.
     */
    public void send(PartnerCenterApi partnerCenter, CustomerRequest request) {
        if (!partnerCenter.account().sandbox()) {
            throw NotRun.because("the suite creates customers only for sandbox accounts; "
                    + partnerCenter.account().describe() + " could not delete its customer afterwards");
        }
        ApiResponse response = partnerCenter.customers().create(request);
        context.answered(response);
        Customer customer = Customer.fromJson(response.json());
        if (CreatedResources.madeOne(response, customer.id())) {
            created.customer(partnerCenter, customer);
        }
    }
}
