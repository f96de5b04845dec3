package org.partnersandbox.suite.actors;

import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;

/**
 * Where a scenario gets the partner accounts it acts as. On the emulator every call provisions a
 * fresh account, so scenarios share no state; on the live sandbox the accounts are configured.
 */
public interface PartnerDirectory {

    /** An account of {@code role}; aborts the scenario as not-run when the target has none. */
    PartnerAccount provide(PartnerRole role);
}
