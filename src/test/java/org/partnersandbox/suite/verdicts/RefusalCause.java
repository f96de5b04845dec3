package org.partnersandbox.suite.verdicts;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Why the sandbox refuses a request, where the pages give no error code: the one place that says
 * what each cause answers on each target. On the emulator the answer is the status and code that
 * docs/emulator.md (and the emulator column of CAPABILITIES.md) chose for the cause, so a wrong
 * route or a wrong rule fails the scenario. On the live target only what the pages say is asserted
 * ({@link #documentedStatus}); the code the sandbox chose is shown in the capability report.
 */
public enum RefusalCause {

    /** RR-03, RR-05, RR-07, RR-10, RR-15, IP-06: no invitations in the sandbox. */
    INVITATIONS_NOT_SUPPORTED("inviting customers is not supported in the sandbox", 400, 900127),
    /** IP-09. */
    PRODUCTION_PARTNER_ID("the PartnerID is a production one", 400, 800016),
    /** IR-03. */
    PARTNER_ID_OF_ANOTHER_REGION("the PartnerID belongs to another region", 400, 800016),
    /** IR-12, IR-22. */
    ID_MISSING("an id is missing", 400, 800002),
    /** IR-13: the description names the property (checked by its own step). */
    PROPERTY_MISSING("a required property is missing", 400, 800002),
    /** RR-11, RR-P6. */
    RESELLER_ADDS_CUSTOMERS("an indirect reseller does not add customers", 403, 900150),
    /** IP-02: the page gives 403 for the reseller's order. */
    RESELLER_ORDERS("the provider, not the reseller, orders for the customer", 403, 900150, 403),
    /** RR-14. */
    PURCHASE_ORDER_OPEN("a purchase order is still open", 409, 800002),
    /** IR-23: a customer of an indirect reseller goes only once its subscriptions are suspended. */
    SUBSCRIPTION_ACTIVE("a subscription of the customer is still active", 409, 800002),
    /** RR-08 (superseded, never run by default): the 2020 page; the emulator follows the later pages and does not refuse. */
    NO_INDIRECT_RESELLERS_IN_2020("the 2020 page gives sandbox providers no indirect resellers", 0, 0);

    private final String words;
    private final int emulatorStatus;
    private final int emulatorCode;
    private final int documentedStatus;

    RefusalCause(String words, int emulatorStatus, int emulatorCode) {
        this(words, emulatorStatus, emulatorCode, 0);
    }

    RefusalCause(String words, int emulatorStatus, int emulatorCode, int documentedStatus) {
        this.words = words;
        this.emulatorStatus = emulatorStatus;
        this.emulatorCode = emulatorCode;
        this.documentedStatus = documentedStatus;
    }

    /** The step text's words for the cause. */
    public String words() {
        return words;
    }

    /** The status the pages give for the cause, asserted on every target. */
    public OptionalInt documentedStatus() {
        return documentedStatus == 0 ? OptionalInt.empty() : OptionalInt.of(documentedStatus);
    }

    /** The status the emulator documents for the cause; empty when it does not refuse it. */
    public OptionalInt emulatorStatus() {
        return emulatorStatus == 0 ? OptionalInt.empty() : OptionalInt.of(emulatorStatus);
    }

    /** The code the emulator documents for the cause; empty when it does not refuse it. */
    public OptionalInt emulatorCode() {
        return emulatorCode == 0 ? OptionalInt.empty() : OptionalInt.of(emulatorCode);
    }

    public static RefusalCause byWords(String words) {
        return Arrays.stream(values()).filter(cause -> cause.words.equals(words)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no refusal cause is known as '" + words + "'"));
    }
}
