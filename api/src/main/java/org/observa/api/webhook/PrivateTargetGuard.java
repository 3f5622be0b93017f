package org.observa.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.observa.domain.webhook.WebhookTargetPolicy;

/**
 * Keeps webhooks from being turned against the service's own network (server-side request forgery): a target
 * may not be a loopback, private, link-local, unique-local, carrier-grade NAT, multicast or unspecified address,
 * nor a cloud metadata service, unless the operator sets {@code observa.webhooks.allow-private-targets=true}.
 * A subscription's URL is judged when it is written (literal addresses and local names, without a name lookup,
 * which would hold up the request), and every address a name resolves to is judged again before each delivery.
 */
@ApplicationScoped
public class PrivateTargetGuard implements WebhookTargetPolicy {

    private final boolean allowPrivateTargets;

    public PrivateTargetGuard(@ConfigProperty(name = "observa.webhooks.allow-private-targets") boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    @Override
    public Optional<String> refusal(URI url) {
        if (allowPrivateTargets) {
            return Optional.empty();
        }
        String host = hostOf(url);
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".internal")
                || host.endsWith(".local")) {
            return Optional.of(notAllowed(host));
        }
        if (isLiteralAddress(host)) {
            try {
                return refusal(host, new InetAddress[] {InetAddress.getByName(host)});
            } catch (UnknownHostException e) {
                return Optional.of("has a host that is not a valid address: " + host);
            }
        }
        return Optional.empty();
    }

    /** Why the addresses {@code host} resolved to may not be called; empty when every one may. */
    public Optional<String> refusal(String host, InetAddress[] addresses) {
        if (allowPrivateTargets) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of(notAllowed(host + " (" + address.getHostAddress() + ")"));
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0                                   // "this network"
                    || first == 100 && second >= 64 && second < 128  // carrier-grade NAT, 100.64.0.0/10
                    || first == 192 && second == 0 && (bytes[2] & 0xff) == 0  // IETF protocol assignments
                    || first == 198 && (second == 18 || second == 19)         // benchmarking
                    || first >= 240;                             // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                        // unique local, fc00::/7
                return true;
            }
            if (isMappedIpv4(bytes)) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            // fd00:ec2::254, AWS's metadata service over IPv6, is unique local: covered above.
        }
        return false;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    private static boolean isLiteralAddress(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+") || host.matches("0x[0-9a-f.x]+");
    }

    private static String hostOf(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static String notAllowed(String target) {
        return "points into the service's own network (" + target + "): loopback, private, link-local and cloud"
                + " metadata addresses are refused unless the operator allows them"
                + " (observa.webhooks.allow-private-targets)";
    }
}
