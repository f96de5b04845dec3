package org.partnersandbox.emulator;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import org.partnersandbox.emulator.api.CustomersApi;
import org.partnersandbox.emulator.api.EmulatorAdminApi;
import org.partnersandbox.emulator.api.IndirectResellersApi;
import org.partnersandbox.emulator.api.OrdersApi;
import org.partnersandbox.emulator.api.RelationshipsApi;
import org.partnersandbox.emulator.api.SubscriptionsApi;
import org.partnersandbox.emulator.api.TokenEndpoint;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.auth.TokenIssuer;
import org.partnersandbox.emulator.domain.CustomerService;
import org.partnersandbox.emulator.domain.IndirectResellerService;
import org.partnersandbox.emulator.domain.OrderService;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.RelationshipService;
import org.partnersandbox.emulator.domain.Sandbox;
import org.partnersandbox.emulator.domain.SubscriptionService;
import org.partnersandbox.emulator.http.IdempotentReplay;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JettyErrors;
import org.partnersandbox.emulator.http.PartnerCenterErrors;
import org.partnersandbox.emulator.http.RequestBody;
import org.partnersandbox.emulator.http.RequestIds;
import org.partnersandbox.emulator.ops.DroppedConnection;
import org.partnersandbox.emulator.ops.FaultAdminApi;
import org.partnersandbox.emulator.ops.MutantAdminApi;
import org.partnersandbox.emulator.ops.MutantEffects;
import org.partnersandbox.emulator.ops.Operations;
import org.partnersandbox.emulator.ops.RateLimitExceeded;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the Javalin app: the whole route table, in one place. */
final class EmulatorServer {

    /**
     * Larger than the answers made under load (a customer is about 1.4 KB), so they are one write; at least
     * Javalin's 1,500 bytes from which it compresses, as it decides on the first write alone. 4 KiB was 16 %
     * of the bytes a create allocated.
     */
    static final int RESPONSE_COPY_BYTES = 2048;

    private EmulatorServer() {
    }

    /**
     * gzip, Javalin's default, with the emulator's JSON named among the allowed types. Javalin asks of every
     * answer, the smallest too, whether its type may be compressed; a type not on the allowed list it
     * searches, without regard to case, for each of ten excluded ones (2 % of the emulator's CPU samples
     * under the bench's POST load, issue 14). The same answers are compressed as before: JSON was never excluded.
     */
    static CompressionStrategy compression() {
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
        List<String> allowed = new ArrayList<>(gzip.getAllowedMimeTypes());
        allowed.addAll(List.of(Json.CONTENT_TYPE_SENT, Json.CONTENT_TYPE, "application/json"));
        gzip.setAllowedMimeTypes(allowed);
        return gzip;
    }

    /**
     * Steps of one stage (before every request, before a matched route) as one handler: Javalin runs each
     * handler as a task of its own, matching its path and wrapping it, on every request (issue 14's POST
     * profile). The same order and the same outcome: a step that throws ends the request, as Javalin skips
     * the before handlers after one that throws. What Javalin checks only between its tasks does not stop the
     * steps after it here, so no step may call {@code skipRemainingHandlers()}, {@code redirect()} or
     * {@code future()}; none does.
     */
    static Handler inOrder(Handler... steps) {
        return ctx -> {
            for (Handler step : steps) {
                step.handle(ctx);
            }
        };
    }

    static Javalin build(Sandbox sandbox, TokenIssuer tokens) {
        return build(sandbox, tokens, Operations.plain(sandbox));
    }

    /** The sandbox indirect reseller routes: their pages document 401 code 6002 for an unauthorized token. */
    private static final String CREATE_RESELLER = "/v1/sandboxIndirectReseller";
    private static final String DELETE_RESELLER = "/v1/sandboxIndirectReseller/{resellerId}";

    static Javalin build(Sandbox sandbox, TokenIssuer tokens, Operations ops) {
        IdempotentReplay replay = sandbox.register(new IdempotentReplay());
        sandbox.afterEveryDelete(replay::forgetGone); // a create answer goes with its resource (and its secrets)
        BearerAuthentication auth = new BearerAuthentication(tokens, sandbox.partners(), sandbox.mutants(),
                Set.of(CREATE_RESELLER, DELETE_RESELLER));
        TokenEndpoint tokenEndpoint = new TokenEndpoint(tokens, sandbox.partners());
        IndirectResellersApi resellers = new IndirectResellersApi(new IndirectResellerService(sandbox), replay);
        RelationshipsApi relationships = new RelationshipsApi(new RelationshipService(sandbox));
        CustomerService customerService = new CustomerService(sandbox);
        CustomersApi customers = new CustomersApi(customerService, replay);
        OrdersApi orders = new OrdersApi(new OrderService(sandbox), replay);
        SubscriptionsApi subscriptions = new SubscriptionsApi(new SubscriptionService(sandbox));
        EmulatorAdminApi admin = new EmulatorAdminApi(sandbox, customerService, tokens);
        FaultAdminApi faults = new FaultAdminApi(ops.faults());
        MutantAdminApi mutantAdmin = new MutantAdminApi(sandbox.mutants());
        MutantEffects mutants = new MutantEffects(sandbox.mutants(), replay);

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.router.treatMultipleSlashesAsSingleSlash = true; // the pages print /v1//sandboxIndirectReseller (IR-29)
            cfg.router.ignoreTrailingSlashes = true;
            cfg.router.caseInsensitiveRoutes = true; // the sandbox page writes /v1/Customers
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = RequestBody.LIMIT;
            // Javalin copies every answer to Jetty through a buffer of this size, made per answer (32 KiB by
            // default: 46 % of the bytes a create allocated); Jetty aggregates the writes in its own pooled buffer
            cfg.http.responseBufferSize = RESPONSE_COPY_BYTES;
            cfg.http.compressionStrategy = compression();
            ops.configureTransport(cfg.jetty); // HTTPS in the remote-sandbox profile
            // what Jetty refuses before Javalin sees it (bad URI encoding, malformed headers) in the error shape too
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));

            cfg.routes.before(inOrder(
                    RequestIds::echo,
                    ops.faults()::inject, // before anything else: a faulted call changes nothing
                    ops.latency()::delay,
                    mutants::before)); // does nothing unless a mutant is on (docs/mutants.md)
            cfg.routes.beforeMatched("/v1/*", inOrder(
                    auth::authenticate,
                    ops.throttle()::admit)); // per tenant, so after authentication
            cfg.routes.after(mutants::after);
            cfg.routes.after(ops.drift()::after); // does nothing unless started with --drift-extra-field

            // Azure AD
            cfg.routes.post("/{tenant}/oauth2/token", tokenEndpoint::tokenV1);
            cfg.routes.post("/{tenant}/oauth2/v2.0/token", tokenEndpoint::tokenV2);

            // Partner Center
            cfg.routes.post(CREATE_RESELLER, resellers::create);
            cfg.routes.delete(DELETE_RESELLER, resellers::delete);
            cfg.routes.get("/v1/relationships", relationships::list);
            // the literal before /v1/customers/{customerId}, so that it wins
            cfg.routes.get("/v1/customers/relationshiprequests", relationships::requestUrl);
            cfg.routes.post("/v1/customers", customers::create);
            cfg.routes.get("/v1/customers", customers::list);
            cfg.routes.get("/v1/customers/{customerId}", customers::get);
            cfg.routes.delete("/v1/customers/{customerId}", customers::delete);
            cfg.routes.get("/v1/customers/{customerId}/relationships", relationships::ofCustomer);
            cfg.routes.post("/v1/customers/{customerId}/orders", orders::create);
            cfg.routes.get("/v1/customers/{customerId}/orders", orders::list);
            cfg.routes.get("/v1/customers/{customerId}/orders/{orderId}", orders::get);
            cfg.routes.patch("/v1/customers/{customerId}/orders/{orderId}", orders::cancel);
            cfg.routes.get("/v1/customers/{customerId}/subscriptions", subscriptions::list);
            cfg.routes.get("/v1/customers/{customerId}/subscriptions/{subscriptionId}", subscriptions::get);
            cfg.routes.patch("/v1/customers/{customerId}/subscriptions/{subscriptionId}", subscriptions::update);

            // the emulator's own affordances
            cfg.routes.get("/_emulator/accounts", admin::accounts);
            cfg.routes.post("/_emulator/accounts", admin::provision);
            cfg.routes.post("/_emulator/reset", admin::reset);
            cfg.routes.get("/_emulator/state", admin::state);
            cfg.routes.post("/_emulator/tokens", admin::mintToken);
            cfg.routes.post("/_emulator/customers", admin::seedCustomers);
            cfg.routes.get("/_emulator/faults", faults::list);
            cfg.routes.post("/_emulator/faults", faults::arm);
            cfg.routes.delete("/_emulator/faults", faults::clear);
            cfg.routes.delete("/_emulator/faults/{faultId}", faults::remove);
            cfg.routes.get("/_emulator/throttle", ops.throttle()::report);
            cfg.routes.get("/_emulator/mutants", mutantAdmin::list);
            cfg.routes.put("/_emulator/mutant", mutantAdmin::switchOn);
            cfg.routes.delete("/_emulator/mutant", mutantAdmin::switchOff);

            cfg.routes.exception(Refusal.class, PartnerCenterErrors::refusal);
            cfg.routes.exception(TokenEndpoint.OAuthError.class, TokenEndpoint.OAuthError::render);
            cfg.routes.exception(RateLimitExceeded.class, RateLimitExceeded::render);
            cfg.routes.exception(DroppedConnection.class, DroppedConnection::render);
            cfg.routes.exception(HttpResponseException.class, PartnerCenterErrors::httpResponse);
            cfg.routes.exception(Exception.class, PartnerCenterErrors::unexpected);
        });
    }
}
