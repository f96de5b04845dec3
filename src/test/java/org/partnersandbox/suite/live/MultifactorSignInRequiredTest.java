package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.verdicts.NotRun;

class MultifactorSignInRequiredTest {

    private static final PartnerAccount PROVIDER = new PartnerAccount(PartnerRole.INDIRECT_PROVIDER, true, "t", "Contoso",
            "6363270", "US", "app", Secret.of("s"), "admin@contoso", Secret.of("p"));

    private static Secret token(String amr) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String payload = "{\"tid\":\"t\",\"appid\":\"app\",\"upn\":\"admin@contoso\",\"amr\":" + amr + "}";
        return Secret.of(encoder.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln");
    }

    @Test
    void an_app_user_token_without_mfa_makes_the_scenario_not_run_with_what_to_do_and_no_secret() {
        Secret withoutMfa = token("[\"pwd\"]");
        var required = new MultifactorSignInRequired((account, kind) -> withoutMfa);

        assertThatThrownBy(() -> required.bearerToken(PROVIDER, TokenKind.APP_USER))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith(NotRun.PREFIX)
                .hasMessageContaining("indirectProvider").hasMessageContaining("multifactor")
                .hasMessageContaining("SANDBOX_INDIRECTPROVIDER_REFRESHTOKEN")
                .hasMessageNotContaining(withoutMfa.reveal());
    }

    @Test
    void a_multifactor_app_user_token_and_any_app_only_token_pass_unchanged() {
        Secret withMfa = token("[\"pwd\",\"mfa\"]");
        assertThat(new MultifactorSignInRequired((account, kind) -> withMfa).bearerToken(PROVIDER, TokenKind.APP_USER))
                .isSameAs(withMfa);
        Secret appOnly = token("[]");
        assertThat(new MultifactorSignInRequired((account, kind) -> appOnly).bearerToken(PROVIDER, TokenKind.APP_ONLY))
                .isSameAs(appOnly);
    }
}
