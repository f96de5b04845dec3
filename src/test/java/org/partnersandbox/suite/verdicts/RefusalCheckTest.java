package org.partnersandbox.suite.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.CallLog;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.CallIds;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.client.Transcript;
import org.partnersandbox.suite.config.Target;
import org.partnersandbox.suite.scenario.ScenarioContext;

/** RR-15's check of a refusal, against a bare JDK HTTP server that answers what each test tells it to. */
class RefusalCheckTest {

    private static final PartnerAccount PARTNER = new PartnerAccount(PartnerRole.DIRECT_BILL_PARTNER, true,
            "0e195b37-4574-4539-bc42-0e539b9684c0", "Fabrikam", "4847383", "US",
            "client", Secret.of("secret"), "admin@fabrikam.onmicrosoft.com", Secret.of("password"));

    private static final String ERROR = """
            {"code": 900127, "description": "Operation not supported in this environment", "data": [], "source": "PartnerFD"}""";

    private final ScenarioContext context = new ScenarioContext();
    private HttpServer server;
    private volatile int status;
    private volatile String body;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            for (String id : List.of(CallIds.REQUEST_ID, CallIds.CORRELATION_ID)) {
                exchange.getResponseHeaders().add(id, exchange.getRequestHeaders().getFirst(id));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private ApiResponse answer(int answerStatus, String answerBody) {
        status = answerStatus;
        body = answerBody;
        ScenarioHttp http = new ScenarioHttp("http://127.0.0.1:" + server.getAddress().getPort(), new Transcript());
        PartnerCenterApi api = new PartnerCenterApi(http, (account, kind) -> Secret.of("token"), PARTNER,
                TokenKind.APP_USER, new CallLog());
        return api.customers().relationshipRequest();
    }

    private static final RefusalCause INVITATIONS = RefusalCause.INVITATIONS_NOT_SUPPORTED;

    @Test
    void a_4xx_in_the_partner_center_format_is_a_refusal_for_its_cause_and_is_observed() {
        ApiResponse refused = answer(400, ERROR);

        assertThatCode(() -> RefusalCheck.forCause(context, refused, INVITATIONS, Target.LIVE)).doesNotThrowAnyException();
        assertThatCode(() -> RefusalCheck.forCause(context, refused, INVITATIONS, Target.EMULATOR)).doesNotThrowAnyException();
        assertThatCode(() -> RefusalCheck.withCode(context, refused, 900127)).doesNotThrowAnyException();
        assertThat(context.observations()).containsOnly("400 900127");
    }

    @Test
    void on_the_emulator_another_code_than_the_documented_one_fails() {
        ApiResponse otherCode = answer(400, ERROR.replace("900127", "800002"));

        assertThatCode(() -> RefusalCheck.forCause(context, otherCode, INVITATIONS, Target.LIVE)).doesNotThrowAnyException();
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> RefusalCheck.forCause(context, otherCode, INVITATIONS, Target.EMULATOR));
        assertThat(failure).hasMessageContaining("code the emulator documents").hasMessageContaining("800002");
    }

    @Test
    void an_authentication_failure_is_no_answer_for_the_cause() {
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> RefusalCheck.forCause(context, answer(401, ERROR), INVITATIONS, Target.LIVE));

        assertThat(failure).hasMessageContaining("never reached that rule");
    }

    @Test
    void a_misrouted_call_taken_for_an_invalid_customer_id_is_no_answer_for_the_cause() {
        ApiResponse misrouted = answer(400, """
                {"code": 900118, "description": "Invalid Customer ID", "data": [], "source": "PartnerFD"}""");

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> RefusalCheck.forCause(context, misrouted, INVITATIONS, Target.LIVE));
        assertThat(failure).hasMessageContaining("900118").hasMessageContaining("never reached that rule");
    }

    @Test
    void an_unknown_route_is_no_answer_for_the_cause() {
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> RefusalCheck.forCause(context, answer(404, ERROR), INVITATIONS, Target.LIVE));

        assertThat(failure).hasMessageContaining("404");
    }

    @Test
    void a_status_the_pages_give_is_asserted_on_the_live_target_too() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> RefusalCheck.forCause(context,
                answer(400, ERROR), RefusalCause.RESELLER_ORDERS, Target.LIVE));

        assertThat(failure).hasMessageContaining("HTTP status the pages give");
    }

    @Test
    void a_refusal_without_a_source_or_a_numeric_code_names_what_is_missing() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> RefusalCheck.forCause(context,
                answer(409, "{\"code\": \"conflict\", \"description\": \"orders are open\"}"), RefusalCause.PURCHASE_ORDER_OPEN,
                Target.LIVE));

        assertThat(failure).hasMessageContaining("2 check(s) failed").hasMessageContaining("code is a number")
                .hasMessageContaining("source");
    }

    @Test
    void another_code_than_the_expected_one_fails_and_shows_the_body() {
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> RefusalCheck.withCode(context, answer(400, ERROR), 800002));

        assertThat(failure).hasMessageContaining("[code]").hasMessageContaining("900127")
                .hasMessageContaining("Operation not supported in this environment");
    }

    @Test
    void not_found_needs_a_404() {
        assertThatCode(() -> RefusalCheck.notFound(context, answer(404, ERROR))).doesNotThrowAnyException();

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> RefusalCheck.notFound(context, answer(403, ERROR)));
        assertThat(failure).hasMessageContaining("not found");
    }

    @Test
    void a_success_is_not_a_refusal() {
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> RefusalCheck.forCause(context, answer(200, "{\"url\": \"https://admin.microsoft.com/\"}"),
                        INVITATIONS, Target.LIVE));

        assertThat(failure).hasMessageContaining("HTTP status of a refusal").hasMessageContaining("description");
    }
}
