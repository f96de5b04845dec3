package org.partnersandbox.suite.steps;

import io.cucumber.java.ParameterType;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.verdicts.RefusalCause;

/** The words of the step text that stand for a value: kinds of token, request headers. */
public final class ParameterTypes {

    @ParameterType("App-only|App\\+User")
    public TokenKind tokenKind(String words) {
        return words.equals("App-only") ? TokenKind.APP_ONLY : TokenKind.APP_USER;
    }

    /** The two ids every request carries: "request id" ({@code MS-RequestId}) and "correlation id". */
    @ParameterType("request id|correlation id")
    public IdHeader idHeader(String words) {
        return words.equals("request id") ? IdHeader.REQUEST_ID : IdHeader.CORRELATION_ID;
    }

    /** A token the service must refuse (IR-26). */
    @ParameterType("an expired token|a forged token")
    public BadToken badToken(String words) {
        return words.equals("an expired token") ? BadToken.EXPIRED : BadToken.FORGED;
    }

    /** Whom an order names as partner of record (IP-07). */
    @ParameterType("that indirect reseller|an unknown PartnerID|its own PartnerID")
    public PartnerOfRecord partnerOfRecord(String words) {
        return switch (words) {
            case "that indirect reseller" -> PartnerOfRecord.THAT_INDIRECT_RESELLER;
            case "an unknown PartnerID" -> PartnerOfRecord.UNKNOWN;
            default -> PartnerOfRecord.THE_PROVIDER_ITSELF;
        };
    }

    /** What a customer bought, as the sandbox page's delete prerequisite names it (RR-14), or something it does not name. */
    @ParameterType("Azure reserved VM instance|perpetual software|seat subscription")
    public Purchase purchase(String words) {
        return switch (words) {
            case "Azure reserved VM instance" -> Purchase.AZURE_RESERVED_VM_INSTANCE;
            case "perpetual software" -> Purchase.PERPETUAL_SOFTWARE;
            default -> Purchase.SEAT_SUBSCRIPTION;
        };
    }

    /** Why a request is refused, in the words of {@link RefusalCause}; unknown words fail the step. */
    @ParameterType(".+")
    public RefusalCause refusalCause(String words) {
        return RefusalCause.byWords(words);
    }

    public enum Purchase { AZURE_RESERVED_VM_INSTANCE, PERPETUAL_SOFTWARE, SEAT_SUBSCRIPTION }

    public enum PartnerOfRecord { THAT_INDIRECT_RESELLER, UNKNOWN, THE_PROVIDER_ITSELF }

    public enum IdHeader { REQUEST_ID, CORRELATION_ID }

    public enum BadToken { EXPIRED, FORGED }
}
