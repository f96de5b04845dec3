package org.partnersandbox.suite.actors;

import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * Where a scenario gets the partner accounts it acts as. On the emulator every call provisions a
 * fresh account, so scenarios share no state; on the live sandbox the accounts are configured.
 * (Not the emulator's domain/PartnerDirectory, which is its store of accounts.)
 */
public interface AccountSource {

    /** An account of {@code role}; aborts the scenario as not-run when the target has none. */
    PartnerAccount provide(PartnerRole role);

    /**
     * An account of {@code role} whose user signs in with a password only. Only the emulator
     * can make one: a live run's users are configured, and their refresh tokens must come from a
     * multifactor consent.
     */
    default PartnerAccount provideSignedInWithoutMfa(PartnerRole role) {
        throw NotRun.because("an account whose user signs in without a second factor exists only in the emulator:"
                + " the live target's users are configured, each consented with a multifactor sign-in");
    }
}
