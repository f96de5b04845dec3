package org.partnersandbox.parity;

/**
 * One way the answers of this run differ from the snapshot's.
 *
 * @param call     the call as normalised, "GET /v1/customers/&lt;customer:1&gt;", or "calls" for the sequence
 * @param field    what differs: "status", "errorCode", "call", "calls" or a JSON path into the body ("$.links.self")
 * @param snapshot what the snapshot holds there ("missing" when it holds nothing)
 * @param here     what this run answered there ("missing" likewise)
 */
public record Difference(String call, String field, String snapshot, String here) {

    public static final String MISSING = "missing";

    /** "GET /v1/customers/&lt;customer:1&gt; $.links.self": what a declared difference names. */
    public String path() {
        return call + " " + field;
    }

    /** "GET /v1/customers/&lt;customer:1&gt; $.links.self: snapshot string, here missing". */
    public String describe() {
        return path() + ": snapshot " + snapshot + ", here " + here;
    }
}
