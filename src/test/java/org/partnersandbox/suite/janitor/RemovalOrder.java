package org.partnersandbox.suite.janitor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which the API lets leftovers go: orders are cancelled first (an open Azure RI or
 * software order blocks its customer's delete, 409), then subscriptions are suspended, then customers
 * deleted (a reseller with customers cannot be deleted, 403 6003), then indirect resellers. Within a
 * kind, newest first.
 */
public final class RemovalOrder {

    private RemovalOrder() {
    }

    /** {@code leftovers} from any number of ledgers, in removal order. */
    public static List<LedgerEntry> inApiOrder(Collection<LedgerEntry> leftovers) {
        return leftovers.stream()
                .sorted(Comparator.comparingInt(RemovalOrder::stage)
                        .thenComparing(e -> e.at() == null ? "" : e.at(), Comparator.reverseOrder()))
                .toList();
    }

    /** The stage of a kind; unknown kinds last, where the janitor reports them. */
    public static int stage(LedgerEntry entry) {
        return ResourceKind.byKey(entry.kind()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
