package org.partnersandbox.suite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;

/**
 * The customers of the scenario as read just before an attempt that could delete them (a customer
 * or reseller delete): "that customer still exists" compares with this read, not with what the
 * scenario believes it created.
 */
public final class CustomersBeforeTheAttempt {

    private final ScenarioContext context;
    private final CreatedResources created;
    private List<String> readable;

    public CustomersBeforeTheAttempt(ScenarioContext context, CreatedResources created) {
        this.context = context;
        this.created = created;
    }

    /** Reads every customer the scenario created, each as its owner: all must be there. */
    public void read() {
        List<Customer> customers = created.customers();
        for (Customer customer : customers) {
            ApiResponse response = created.ownerOf(customer).customers().get(customer.id());
            assertThat(response.status()).as(context.about(response) + customer.describe()
                    + " can be read before the attempt").isEqualTo(200);
        }
        readable = customers.stream().map(Customer::id).toList();
    }

    /** The customer was read before the attempt; fails when no read was taken. */
    public void requireReadBefore(Customer customer) {
        assertThat(readable).as(context.about("the customers were read before the attempt")).isNotNull();
        assertThat(readable).as(context.about(customer.describe() + " was read before the attempt")).contains(customer.id());
    }
}
