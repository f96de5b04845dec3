package org.partnersandbox.suite.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import org.partnersandbox.suite.live.CustomerCountLock;
import org.partnersandbox.suite.scenario.ScenarioContext;

/** After the cleanup (whose calls count too), a scenario that created customers must have held the customer lock. */
public final class CustomerCountLockHooks {

    private final ScenarioContext context;

    public CustomerCountLockHooks(ScenarioContext context) {
        this.context = context;
    }

    @After(order = 25000)
    public void createdCustomersOnlyUnderTheLock(Scenario scenario) {
        CustomerCountLock.breach(scenario.getSourceTagNames(), context.calls().calls()).ifPresent(breach -> {
            throw new AssertionError(breach);
        });
    }
}
