package org.observa.domain.webhook;

import java.net.URI;
import java.util.Optional;

/**
 * Port: which receivers may be called. A subscription may not point into the service's own network (loopback,
 * private, link-local or cloud metadata addresses) unless the operator allows it.
 */
public interface WebhookTargetPolicy {

    /** Why {@code url} may not be a subscription's target, judged from the URL alone (no name lookup); empty when it may. */
    Optional<String> refusal(URI url);
}
