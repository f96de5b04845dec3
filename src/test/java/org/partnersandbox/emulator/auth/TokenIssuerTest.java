package org.partnersandbox.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.ops.MovableClock;

/** Access tokens the issuer signed are kept as verified from the start: the same claims and expiry as a first check. */
class TokenIssuerTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T00:00:00.750Z"));
    private final TokenIssuer issuer = new TokenIssuer(clock, Duration.ofHours(1));

    @Test
    void a_token_it_signed_is_accepted_with_the_claims_its_signature_check_gives() throws Exception {
        for (AccessClaims claims : List.of(
                AccessClaims.appOnly("tenant-1", "app-1"),
                new AccessClaims("tenant-2", "app-2", TokenKind.APP_USER, "admin@tenant2.onmicrosoft.com", true),
                new AccessClaims("tenant-3", "app-3", TokenKind.APP_USER, "admin@tenant3.onmicrosoft.com", false))) {
            String token = issuer.access(claims, "https://api.partnercenter.microsoft.com").value();

            assertThat(issuer.verifyAccess(token)).as("kept at issue").isEqualTo(issuer.verifySignature(token)).isEqualTo(claims);
        }
    }

    @Test
    void a_kept_token_expires_when_its_whole_second_expiry_passes_as_a_checked_one_would() throws Exception {
        String token = issuer.access(AccessClaims.appOnly("tenant-1", "app-1"), "https://api.partnercenter.microsoft.com").value();

        clock.advance(Duration.ofHours(1).minusMillis(751)); // 00:59:59.999: the token says exp 01:00:00
        assertThat(issuer.verifyAccess(token).tenantId()).isEqualTo("tenant-1");
        clock.advance(Duration.ofMillis(1));
        assertThatThrownBy(() -> issuer.verifyAccess(token)).isInstanceOf(InvalidToken.class).hasMessage("token expired");
    }

    @Test
    void a_token_issued_already_expired_is_refused() {
        String token = issuer.access(AccessClaims.appOnly("tenant-1", "app-1"), "https://api.partnercenter.microsoft.com",
                Duration.ofMinutes(-5)).value();

        assertThatThrownBy(() -> issuer.verifyAccess(token)).isInstanceOf(InvalidToken.class).hasMessage("token expired");
    }

    @Test
    void a_kept_tokens_signature_under_other_claims_is_checked_not_taken_as_kept() throws Exception {
        String token = issuer.access(AccessClaims.appOnly("tenant-1", "app-1"), "https://api.partnercenter.microsoft.com").value();
        String other = issuer.access(AccessClaims.appOnly("tenant-2", "app-2"), "https://api.partnercenter.microsoft.com").value();
        String[] kept = token.split("\\.");
        String[] forged = other.split("\\.");
        // what is kept is found by the token's last characters: the same signature must not bring its claims along
        String tenant2WithTenant1sSignature = forged[0] + "." + forged[1] + "." + kept[2];
        assertThat(issuer.verifyAccess(token).tenantId()).isEqualTo("tenant-1");

        assertThatThrownBy(() -> issuer.verifyAccess(tenant2WithTenant1sSignature)).isInstanceOf(InvalidToken.class);
        assertThat(issuer.verifyAccess(other).tenantId()).isEqualTo("tenant-2");
    }

    @Test
    void a_header_as_clients_write_it_is_compared_whole_and_another_token_with_the_same_signature_in_it_is_not_taken_as_kept()
            throws Exception {
        String token = issuer.access(AccessClaims.appOnly("tenant-1", "app-1"), "https://api.partnercenter.microsoft.com").value();
        String other = issuer.access(AccessClaims.appOnly("tenant-2", "app-2"), "https://api.partnercenter.microsoft.com").value();
        String[] forged = other.split("\\.");
        String header = "Bearer " + token;
        // as long as the kept token, and ending as it does: the same bucket, so the comparison decides
        String forgedHeader = "Bearer " + forged[0] + "." + forged[1] + "." + token.split("\\.")[2];
        assertThat(forgedHeader).hasSameSizeAs(header).isNotEqualTo(header);

        assertThat(issuer.verifyAccess(header, 7, header.length()).tenantId()).isEqualTo("tenant-1");
        assertThatThrownBy(() -> issuer.verifyAccess(forgedHeader, 7, forgedHeader.length())).isInstanceOf(InvalidToken.class);
        String lowerCaseScheme = "bearer " + token;
        assertThat(issuer.verifyAccess(lowerCaseScheme, 7, lowerCaseScheme.length()).tenantId()).as("compared by its region")
                .isEqualTo("tenant-1");
    }

    @Test
    void a_token_read_where_it_stands_in_a_header_is_the_kept_token_and_no_other_stretch_of_it_is() throws Exception {
        String token = issuer.access(AccessClaims.appOnly("tenant-1", "app-1"), "https://api.partnercenter.microsoft.com").value();
        String header = "Bearer  " + token + " ";
        int start = header.indexOf(token);

        assertThat(issuer.verifyAccess(header, start, start + token.length()).tenantId()).isEqualTo("tenant-1");
        assertThatThrownBy(() -> issuer.verifyAccess(header, start, start + token.length() - 1)).as("its last character missing")
                .isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> issuer.verifyAccess(header, start + 1, start + token.length())).as("its first character missing")
                .isInstanceOf(InvalidToken.class);
    }

    @Test
    void a_token_signed_by_another_issuer_is_still_refused() {
        String foreign = new TokenIssuer(clock, Duration.ofHours(1))
                .access(AccessClaims.appOnly("tenant-1", "app-1"), "https://api.partnercenter.microsoft.com").value();

        assertThatThrownBy(() -> issuer.verifyAccess(foreign)).isInstanceOf(InvalidToken.class);
    }
}
