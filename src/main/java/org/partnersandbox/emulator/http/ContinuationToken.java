package org.partnersandbox.emulator.http;

import org.partnersandbox.emulator.domain.Refusal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code MS-ContinuationToken} of seek-based paging: it names the last item of the page
 * served (by its position in a stable order), so the next page starts after it even if items were
 * added or removed in between.
 */
public final class ContinuationToken {

    public static final String HEADER = "MS-ContinuationToken";
    private static final String PREFIX = "seek:";

    private ContinuationToken() {
    }

    public static String after(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token names; 400 800002 for anything this emulator did not issue. */
    public static long position(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal: not base64, or not a number
        }
        throw Refusal.badInput("The " + HEADER + " header does not hold a continuation token this service issued.");
    }
}
