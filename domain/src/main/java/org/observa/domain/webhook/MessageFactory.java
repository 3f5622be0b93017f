package org.observa.domain.webhook;

import java.time.Instant;
import java.util.UUID;
import org.observa.domain.partner.Change;

/** Port: the payloads of messages, as JSON text, in the form the API documents for receivers. */
public interface MessageFactory {

    /** The message of {@code change} for {@code webhook}, with the resource as that subscription's organisation may read it. */
    String changeMessage(Webhook webhook, Change change);

    String pingMessage(Webhook webhook, Instant now);
}
