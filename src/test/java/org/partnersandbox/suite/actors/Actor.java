package org.partnersandbox.suite.actors;

import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerCenterApi;

/** A partner account in a scenario, with Partner Center as it sees it (App+User token by default). */
public record Actor(PartnerAccount account, PartnerCenterApi partnerCenter) {

    public String describe() {
        return account.describe();
    }
}
