package org.observa.api.partner;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.observa.domain.partner.ChangePosition;
import org.observa.domain.shared.ValidationException;

/** The change feed's opaque cursors: a position in the feed, encoded so clients do not depend on its shape. */
public final class ChangeCursors {

    private ChangeCursors() {
    }

    public static String encode(ChangePosition position) {
        String plain = position.transactionId() + "." + position.sequence();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    public static ChangePosition decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return ChangePosition.START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            ChangePosition position = new ChangePosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            if (parts.length != 2 || position.transactionId() < 0 || position.sequence() < 0) {
                throw new IllegalArgumentException(cursor);
            }
            return position;
        } catch (RuntimeException e) {
            throw ValidationException.of("after", "is not a cursor issued by this API; pass the cursor of the previous answer unchanged");
        }
    }
}
