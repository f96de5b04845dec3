package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersandbox.suite.config.ConfigurationException;
import org.partnersandbox.suite.config.SuiteConfig;

/** The check before the first request: every sandbox role declared, the production account never. */
class SandboxDeclarationTest {

    private static final String IP = "0e195b37-4574-4539-bc42-0e539b9684c0";
    private static final String DBP = "3b1f9a52-6c2d-4e8f-9d1a-7a4c5e2b8f30";
    private static final String PROD = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private static void check(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("SANDBOX_TARGET", "live");
        SuiteConfig config = SuiteConfig.load(List.of(new PropertiesConfigSource(Map.of(), "none", 400),
                new EnvConfigSource(all, 300)), Path.of("config"));
        SandboxDeclaration.check(new LiveCredentials(config), LiveSettings.from(config));
    }

    private static String refusal(Map<String, String> env) {
        ConfigurationException error = catchThrowableOfType(ConfigurationException.class, () -> check(env));
        assertThat(error).as("refused").isNotNull();
        assertThat(error.getMessage()).doesNotContain("\n").endsWith("no request was made");
        assertThat(error.getStackTrace()).isEmpty();
        return error.getMessage();
    }

    @Test
    void declared_sandbox_roles_pass() {
        assertThatCode(() -> check(Map.of("SANDBOX_INDIRECTPROVIDER_TENANTID", IP, "SANDBOX_DIRECTBILLPARTNER_TENANTID", DBP,
                "LIVE_ALLOWEDTENANTS", DBP + ", " + IP.toUpperCase(), "SANDBOX_PRODUCTIONACCOUNT_TENANTID", PROD)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_role_whose_tenant_is_not_declared_stops_the_run() {
        assertThat(refusal(Map.of("SANDBOX_INDIRECTPROVIDER_TENANTID", IP, "SANDBOX_DIRECTBILLPARTNER_TENANTID", DBP,
                "LIVE_ALLOWEDTENANTS", IP))).isEqualTo("Configuration: sandbox.directBillPartner.tenantId"
                + " (or SANDBOX_DIRECTBILLPARTNER_TENANTID) = " + DBP + " is not declared a sandbox: add it to"
                + " live.allowedTenants (or LIVE_ALLOWEDTENANTS) if it is an integration-sandbox account; no request was made");
    }

    @Test
    void no_declaration_at_all_stops_the_run() {
        assertThat(refusal(Map.of("SANDBOX_INDIRECTPROVIDER_TENANTID", IP))).startsWith(
                "Configuration: set live.allowedTenants (or LIVE_ALLOWEDTENANTS)");
    }

    @Test
    void the_production_account_must_not_be_declared_a_sandbox() {
        assertThat(refusal(Map.of("SANDBOX_INDIRECTPROVIDER_TENANTID", IP, "SANDBOX_PRODUCTIONACCOUNT_TENANTID", PROD,
                "LIVE_ALLOWEDTENANTS", IP + "," + PROD))).contains("the production account must never be declared a sandbox");
    }

    @Test
    void the_production_account_cannot_share_a_sandbox_roles_tenant() {
        assertThat(refusal(Map.of("SANDBOX_INDIRECTPROVIDER_TENANTID", IP, "SANDBOX_PRODUCTIONACCOUNT_TENANTID", IP,
                "LIVE_ALLOWEDTENANTS", IP))).contains("production account must never be declared");
    }
}
