package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.Emulator;
import org.partnersandbox.emulator.EmulatorSettings;
import org.partnersandbox.suite.actors.EmulatorAccounts;

/** Against the real emulator, in-process: the token endpoint is the emulator's, as in the suite. */
class FormPostTokenProviderTest {

    private static Emulator emulator;
    private static PartnerAccount provider;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeAll
    static void startEmulator() {
        emulator = Emulator.start(EmulatorSettings.defaults());
        provider = new EmulatorAccounts(new EmulatorAdmin(emulator.baseUrl(), HttpSettings.defaults()), new Transcript())
                .provide(PartnerRole.INDIRECT_PROVIDER);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void a_token_is_reused_per_account_and_kind_until_shortly_before_it_expires() {
        FormPostTokenProvider tokens = new FormPostTokenProvider(emulator.baseUrl(), "https://api.partnercenter.microsoft.com", clock);

        Secret appUser = tokens.bearerToken(provider, TokenKind.APP_USER);
        Secret appOnly = tokens.bearerToken(provider, TokenKind.APP_ONLY);

        assertThat(appUser.reveal()).as("a JWT").startsWith("eyJ");
        assertThat(tokens.bearerToken(provider, TokenKind.APP_USER)).as("cached").isSameAs(appUser);
        assertThat(appOnly).as("one token per kind").isNotSameAs(appUser);

        now.set(now.get().plus(Duration.ofSeconds(3599)).minus(FormPostTokenProvider.RENEWAL_MARGIN).minusSeconds(1));
        assertThat(tokens.bearerToken(provider, TokenKind.APP_USER)).as("still fresh").isSameAs(appUser);

        now.set(now.get().plusSeconds(2));
        assertThat(tokens.bearerToken(provider, TokenKind.APP_USER)).as("renewed near expiry").isNotSameAs(appUser);
    }

    @Test
    void a_refused_token_request_names_the_account_and_kind_and_prints_no_secret() {
        FormPostTokenProvider tokens = new FormPostTokenProvider(emulator.baseUrl(), "https://api.partnercenter.microsoft.com", clock);
        PartnerAccount wrongPassword = new PartnerAccount(provider.role(), true, provider.tenantId(), provider.name(),
                provider.partnerId(), provider.country(), provider.clientId(), provider.clientSecret(),
                provider.userName(), Secret.of("wrong-Passw0rd!"));

        TokenRequestRefused refused = catchThrowableOfType(TokenRequestRefused.class,
                () -> tokens.bearerToken(wrongPassword, TokenKind.APP_USER));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage())
                .contains("App+User token for", provider.tenantId(), "400", "invalid_grant")
                .doesNotContain("wrong-Passw0rd!", provider.clientSecret().reveal());
    }

    @Test
    void a_token_endpoint_that_does_not_answer_is_named_without_the_secret() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closedPort;
        FormPostTokenProvider tokens = new FormPostTokenProvider(nowhere, "https://api.partnercenter.microsoft.com", clock);

        TokenRequestRefused refused = catchThrowableOfType(TokenRequestRefused.class,
                () -> tokens.bearerToken(provider, TokenKind.APP_ONLY));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage())
                .contains("App-only token for", provider.tenantId(), "no answer from " + nowhere)
                .doesNotContain(provider.clientSecret().reveal());
    }

    @Test
    void an_authority_given_with_a_trailing_slash_is_the_same_endpoint() {
        FormPostTokenProvider tokens = new FormPostTokenProvider(emulator.baseUrl() + "/",
                "https://api.partnercenter.microsoft.com", clock);

        assertThat(tokens.bearerToken(provider, TokenKind.APP_ONLY).reveal()).as("a JWT").startsWith("eyJ");
    }
}
