package org.partnersandbox.emulator.auth;

import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.ops.MovableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refresh tokens are opaque, as Azure AD's are (issue 14: only access and id tokens are signed): a
 * token stands for its sign-in's claims, lives 90 days, and is known only to the issuer that made it.
 */
class RefreshTokenTest {

    private static final AccessClaims SIGN_IN = new AccessClaims("tenant-a", "app-a", TokenKind.APP_USER,
            "admin@a.onmicrosoft.com", true);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final TokenIssuer issuer = new TokenIssuer(clock, Duration.ofHours(1));

    @Test
    void a_refresh_token_is_opaque_not_a_jwt() {
        String token = issuer.refresh(SIGN_IN).value();

        assertThat(token).doesNotContain("eyJ").matches("0\\.A[A-Za-z0-9_-]{40,}");
        assertThat(issuer.refresh(SIGN_IN).value()).as("a second sign-in's token").isNotEqualTo(token);
    }

    @Test
    void redeeming_gives_back_the_sign_ins_claims_multifactor_included() throws InvalidToken {
        assertThat(issuer.verifyRefresh(issuer.refresh(SIGN_IN).value())).isEqualTo(SIGN_IN);
        AccessClaims withoutMfa = new AccessClaims("tenant-a", "app-a", TokenKind.APP_USER, "admin@a.onmicrosoft.com", false);
        assertThat(issuer.verifyRefresh(issuer.refresh(withoutMfa).value()).multifactor()).isFalse();
    }

    @Test
    void a_token_another_issuer_made_or_an_edited_one_is_unknown() {
        String token = new TokenIssuer(clock, Duration.ofHours(1)).refresh(SIGN_IN).value();
        String mine = issuer.refresh(SIGN_IN).value();

        assertThatThrownBy(() -> issuer.verifyRefresh(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("unknown");
        assertThatThrownBy(() -> issuer.verifyRefresh(mine + "x")).isInstanceOf(InvalidToken.class);
    }

    @Test
    void a_refresh_token_expires_after_90_days() throws InvalidToken {
        String token = issuer.refresh(SIGN_IN).value();
        clock.advance(Duration.ofDays(89));
        assertThat(issuer.verifyRefresh(token)).isEqualTo(SIGN_IN);

        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> issuer.verifyRefresh(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("expired");
    }

    @Test
    void a_refresh_token_is_not_an_access_token() {
        String token = issuer.refresh(SIGN_IN).value();

        assertThatThrownBy(() -> issuer.verifyAccess(token)).isInstanceOf(InvalidToken.class);
    }
}
