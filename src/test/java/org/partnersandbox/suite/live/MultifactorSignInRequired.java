package org.partnersandbox.suite.live;

import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.TokenClaims;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.client.TokenProvider;
import org.partnersandbox.suite.config.SuiteConfig;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * X-05 on the live target: Partner Center refuses every App+User call whose token lacks {@code mfa}
 * in its {@code amr} claim (401, 900421). A refresh token consented without a second factor would
 * turn each App+User scenario of that role red for one configuration fault, so the token's claims
 * are read before it is sent, and the scenario is not-run with one line saying what to do.
 */
final class MultifactorSignInRequired implements TokenProvider {

    private final TokenProvider tokens;

    MultifactorSignInRequired(TokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public Secret bearerToken(PartnerAccount account, TokenKind kind) {
        Secret token = tokens.bearerToken(account, kind);
        if (kind == TokenKind.APP_USER && !TokenClaims.of(token).multifactor()) {
            throw NotRun.because("the App+User token of " + account.role().key() + " comes from a sign-in without"
                    + " multifactor authentication (no 'mfa' in its amr claim), which Partner Center refuses (401, 900421):"
                    + " consent again with a multifactor sign-in and set "
                    + SuiteConfig.environmentName(LiveCredentials.key(account.role(), "refreshToken")) + " to the new refresh token");
        }
        return token;
    }
}
