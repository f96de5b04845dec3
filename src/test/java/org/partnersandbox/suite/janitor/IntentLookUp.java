package org.partnersandbox.suite.janitor;

import static org.awaitility.Awaitility.await;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.partnersandbox.suite.client.LeftoverRemoval;

/**
 * Answers the creates that earlier runs sent without hearing back (a ledger's unconfirmed intents),
 * by looking each up by the name its intent line gives: customers by domain or company name,
 * indirect resellers by domain prefix.
 */
final class IntentLookUp {

    private final OwnerCredentials owners;
    private final String runId;
    private final PrintStream out;
    private final Duration listLag;
    private final Duration pollInterval;

    /**
     * @param listLag how long a creation may take to show in lists: a name looked up sooner after its
     *                intent is looked up again until then
     */
    IntentLookUp(OwnerCredentials owners, String runId, PrintStream out, Duration listLag, Duration pollInterval) {
        this.owners = owners;
        this.runId = runId;
        this.out = out;
        this.listLag = listLag;
        this.pollInterval = pollInterval;
    }

    /**
     * Each unanswered create is looked up by the name its intent gives: found, it is written to its
     * ledger as created (then removed as any other leftover); not found once the list lag has passed,
     * it made nothing. An order has no name: its intent is answered when its customer goes, which
     * takes every order of it along.
     */
    void resolveIntents(JanitorPass pass, List<RunLedger> ledgers) {
        for (RunLedger ledger : ledgers) {
            for (LedgerEntry intent : ledger.unconfirmed()) {
                Optional<ResourceKind> kind = ResourceKind.byKey(intent.kind());
                if (kind.isEmpty() || kind.get() == ResourceKind.SUBSCRIPTION) {
                    pass.failed(intent.intent(), intent.describe(), "unknown kind of create '" + intent.kind() + "'");
                    continue;
                }
                if (kind.get() == ResourceKind.ORDER) {
                    pass.orderIntents.put(intent, ledger);
                    continue;
                }
                Optional<LeftoverRemoval> calls = owners.callsFor(intent, pass);
                if (calls.isEmpty()) {
                    continue;
                }
                if (intent.name() == null && intent.domain() == null) {
                    ledger.resolved(intent, "no name to look up: the create was sent without one, which the API refuses", runId);
                    continue;
                }
                try {
                    String[] found = lookUp(intent, () -> kind.get() == ResourceKind.CUSTOMER
                            ? calls.get().customerNamed(intent.domain(), intent.name())
                            : calls.get().indirectResellerNamed(intent.name()));
                    if (found == null) {
                        ledger.resolved(intent, "not found by name " + (intent.domain() != null ? intent.domain() : intent.name())
                                + ": never created", runId);
                        out.println("janitor: " + intent.describe() + ": nothing was created");
                    } else {
                        LedgerEntry created = ledger.found(intent, found[0], runId);
                        pass.ledgerOf.put(created, ledger);
                        out.println("janitor: " + intent.describe() + " made " + created.kind() + " " + found[0]);
                    }
                } catch (LeftoverRemoval.Refused refused) {
                    pass.failed(intent.intent(), intent.describe(), refused.getMessage());
                }
            }
        }
    }

    /** The name looked up until found, or until the list lag after the intent has passed. */
    private String[] lookUp(LedgerEntry intent, Supplier<String[]> search) {
        String[] found = search.get();
        Instant until = parseOr(intent.at()).plus(listLag);
        if (found != null || !Instant.now().isBefore(until)) {
            return found;
        }
        AtomicReference<String[]> result = new AtomicReference<>();
        try {
            await("a create of run " + intent.runId() + " shows in lists").atMost(Duration.between(Instant.now(), until).plus(pollInterval))
                    .pollInterval(pollInterval).until(() -> {
                        result.set(search.get());
                        return result.get() != null || !Instant.now().isBefore(until);
                    });
        } catch (ConditionTimeoutException lagPassed) {
            // not listed within the lag: never created
        }
        return result.get();
    }

    private static Instant parseOr(String at) {
        try {
            return at == null ? Instant.EPOCH : Instant.parse(at);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return Instant.EPOCH;
        }
    }
}
