package org.partnersandbox.suite.verdicts;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The HTTP status that the documents give for a Partner Center error code, where they give one
 * status only: the sandbox indirect reseller table (delete page, seed 002) and the error-codes
 * page (App-only refusal, partner of record, sandbox limit, no commerce relationship). Other codes are only known to come with some 4xx; for example
 * 800002 comes with 400, 409 or 413 depending on the cause.
 */
public final class DocumentedErrors {

    private static final Map<Integer, Integer> STATUS_OF_CODE = Map.of(
            6002, 401,
            6003, 403,
            6004, 403,
            1003, 409,
            900329, 403,
            800001, 401,
            2072, 404,
            800015, 404,
            800018, 400,
            20002, 403);

    private DocumentedErrors() {
    }

    public static OptionalInt statusOf(int code) {
        Integer status = STATUS_OF_CODE.get(code);
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
