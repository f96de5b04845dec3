package org.partnersandbox.suite.live;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnersandbox.suite.client.CallLog;
import org.partnersandbox.suite.client.CallWatch;
import org.partnersandbox.suite.client.HttpSettings;
import org.partnersandbox.suite.client.LeftoverRemoval;
import org.partnersandbox.suite.client.MsalTokenProvider;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.PartnerRelationship;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.RunNames;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.client.TokenProvider;
import org.partnersandbox.suite.client.Transcript;
import org.partnersandbox.suite.config.TargetParallelism;
import org.partnersandbox.suite.config.SuiteConfig;
import org.partnersandbox.suite.janitor.Janitor;
import org.partnersandbox.suite.janitor.LedgerEntry;
import org.partnersandbox.suite.janitor.RunLedger;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * One run against a live sandbox, in the order that keeps it safe: the configuration is checked
 * (every sandbox role's tenant declared in live.allowedTenants) before anything is sent; then the
 * tenants are locked against a second run, the janitor removes what earlier runs left, and only
 * then do scenarios start. Everything created is written to this run's ledger as it happens. A dry
 * run stops after the check: it lists the plan and sends nothing.
 */
public final class LiveRun implements AutoCloseable {

    private final String baseUrl;
    private final LiveSettings settings;
    private final LiveCredentials credentials;
    private final HttpSettings http;
    private final String runId;
    private final boolean dryRun;
    private final TokenProvider tokens;
    private final RunLedger ledger;
    private final TenantLock lock;
    private final CallWatch watch;
    private final LiveAdmission admission;
    private final java.time.Duration listLag;
    private final java.time.Duration pollInterval;

    private LiveRun(SuiteConfig config, String baseUrl, LiveSettings settings, LiveCredentials credentials,
                    HttpSettings http, String runId, boolean dryRun, TokenProvider tokens, RunLedger ledger, TenantLock lock) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.credentials = credentials;
        this.http = http;
        this.runId = runId;
        this.dryRun = dryRun;
        this.tokens = tokens;
        this.ledger = ledger;
        this.lock = lock;
        this.listLag = config.visibilityTimeout();
        this.pollInterval = config.pollInterval();
        this.watch = ledger == null ? CallWatch.NONE : new LiveCallWatch(settings, ledger);
        QuotaGate quota = new QuotaGate(settings.indirectResellerQuota(), this::indirectResellersInUse,
                "indirect provider tenant " + credentials.of(PartnerRole.INDIRECT_PROVIDER).map(RoleCredentials::tenantId).orElse("?"));
        this.admission = new LiveAdmission(TargetParallelism.scenariosAtOnce(), quota);
    }

    /** Checks, locks and cleans as described above; {@code out} gets the janitor's and the dry run's lines. */
    public static LiveRun open(SuiteConfig config, String baseUrl, PrintStream out) {
        LiveSettings settings = LiveSettings.from(config);
        LiveCredentials credentials = new LiveCredentials(config);
        SandboxDeclaration.check(credentials, settings);
        Optional<TrustedCertificate> trust = settings.trustCertificate().map(TrustedCertificate::read);
        HttpSettings http = new HttpSettings(config.connectTimeout(), config.readTimeout(), config.maxRetries(),
                config.maxRetryDelay(), trust.map(TrustedCertificate::trustStore));
        String runId = RunNames.newRunId(settings.namePrefix());
        RunNames.use(runId);
        if (config.dryRun()) {
            String filter = LivePlan.tagFilter();
            out.println(LivePlan.describe(LivePlan.of(Path.of("features"), filter), filter, settings.namePrefix()));
            out.println("Roles configured: " + (credentials.configured().isEmpty() ? "none"
                    : credentials.configured().values().stream().map(RoleCredentials::toString).collect(Collectors.joining(", "))));
            TokenProvider none = (account, kind) -> {
                throw NotRun.because("dry run: listed, not run");
            };
            return new LiveRun(config, baseUrl, settings, credentials, http, runId, true, none, null, null);
        }
        Set<String> sandboxTenants = credentials.configured().entrySet().stream()
                .filter(e -> e.getKey() != PartnerRole.PRODUCTION_ACCOUNT)
                .map(e -> e.getValue().tenantId()).collect(Collectors.toSet());
        TenantLock lock = TenantLock.acquire(settings.ledgerDir(), sandboxTenants, runId);
        try {
            TokenProvider tokens = new MultifactorSignInRequired(new MsalTokenProvider(config.authority().orElseThrow(),
                    config.resource(), credentials, trust.map(TrustedCertificate::sslContext), http));
            RunLedger ledger = RunLedger.open(settings.ledgerDir(), runId);
            LiveRun run = new LiveRun(config, baseUrl, settings, credentials, http, runId, false, tokens, ledger, lock);
            out.println("Live run " + runId + ": ledger " + ledger.file().toAbsolutePath());
            Janitor.Report report = run.janitor(out).cleanEarlierRuns(settings.ledgerDir());
            if (!report.removed().isEmpty() || !report.failures().isEmpty()) {
                out.println("janitor: removed " + report.removed().size() + " leftover(s) of earlier runs, "
                        + report.failures().size() + " could not be removed");
            }
            return run;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public String runId() {
        return runId;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public TokenProvider tokens() {
        return tokens;
    }

    public HttpSettings http() {
        return http;
    }

    public CallWatch watch() {
        return watch;
    }

    public LiveCredentials credentials() {
        return credentials;
    }

    /** When a scenario may start: places, the shared counts and the reseller slots, by tag. */
    public LiveAdmission admission() {
        return admission;
    }

    public Optional<RunLedger> ledger() {
        return Optional.ofNullable(ledger);
    }

    /** The configured account of a role as the scenarios see it; not-run when the role has no credentials. */
    public PartnerAccount account(PartnerRole role) {
        if (dryRun) {
            throw NotRun.because("dry run: listed, not run");
        }
        RoleCredentials creds;
        try {
            creds = credentials.forToken(role, TokenKind.APP_ONLY);
        } catch (LiveCredentials.MissingCredentials missing) {
            throw NotRun.because(missing.getMessage());
        }
        return new PartnerAccount(role, role != PartnerRole.PRODUCTION_ACCOUNT, creds.tenantId(), creds.name(),
                creds.partnerId(), creds.country(), creds.clientId(),
                creds.clientSecret().orElse(Secret.of("")), "", Secret.of(""));
    }

    /** Partner Center as {@code role} outside any scenario (janitor, quota count); empty without credentials. */
    public Optional<PartnerCenterApi> api(PartnerRole role, TokenKind kind) {
        try {
            credentials.forToken(role, kind);
        } catch (LiveCredentials.MissingCredentials missing) {
            return Optional.empty();
        }
        PartnerAccount account = account(role);
        return Optional.of(new PartnerCenterApi(new ScenarioHttp(baseUrl, new Transcript(), http), tokens, account,
                kind, new CallLog(), watch));
    }

    public Janitor janitor(PrintStream out) {
        return new Janitor(role -> api(role, TokenKind.APP_USER).or(() -> api(role, TokenKind.APP_ONLY))
                .map(LeftoverRemoval::new), settings::isDeclaredSandbox, runId, out, listLag, pollInterval);
    }

    private OptionalInt indirectResellersInUse() {
        return api(PartnerRole.INDIRECT_PROVIDER, TokenKind.APP_USER).map(api -> {
            var listed = api.indirectResellers().relationships();
            if (listed.status() != 200) {
                throw new IllegalStateException("cannot count the indirect resellers for the quota: " + listed.call().describe());
            }
            return OptionalInt.of(PartnerRelationship.listFrom(listed.json()).size());
        }).orElse(OptionalInt.empty());
    }

    /** Every secret this run was given, to look for in files afterwards. */
    public List<Secret> secrets() {
        return credentials.configured().values().stream().flatMap(c -> c.secrets().stream()).toList();
    }

    /** The ledger is closed when the run left nothing behind and heard every create's answer; the tenants are unlocked. */
    @Override
    public void close() {
        try {
            if (ledger != null) {
                List<LedgerEntry> left = ledger.outstanding();
                List<LedgerEntry> unanswered = ledger.unconfirmed();
                if (left.isEmpty() && unanswered.isEmpty()) {
                    ledger.closeIfClean();
                } else {
                    System.err.println("Live run " + runId + " left " + left.size() + " resource(s) behind"
                            + (unanswered.isEmpty() ? "" : " and " + unanswered.size() + " create(s) without an answer")
                            + "; the next run's janitor removes them (ledger " + ledger.file().toAbsolutePath() + ")");
                }
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
