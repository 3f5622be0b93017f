package org.observa.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which receivers may be called when the operator has not allowed private targets (the default). */
class PrivateTargetGuardTest {

    private final PrivateTargetGuard guard = new PrivateTargetGuard(false);

    @Test
    void addressesInTheServicesOwnNetworkAreRefusedWhenASubscriptionIsWritten() {
        for (String url : new String[] {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                "https://127.0.0.1/hooks", "https://[::1]/hooks", "https://localhost:8443/", "https://192.168.1.20/",
                "https://172.16.5.4/", "https://100.64.0.1/", "https://0.0.0.0/", "https://[fd00:ec2::254]/",
                "https://[::ffff:10.0.0.1]/", "https://2130706433/", "https://metadata.google.internal/",
                "https://printer.local/"}) {
            assertThat(guard.refusal(URI.create(url))).as(url).hasValueSatisfying(reason ->
                    assertThat(reason).contains("observa.webhooks.allow-private-targets"));
        }
    }

    @Test
    void publicAddressesAndNamesPassWhenWrittenAndNamesAreJudgedByTheirAddressesBeforeEachDelivery() throws Exception {
        assertThat(guard.refusal(URI.create("https://203.0.113.7/hooks"))).isEmpty();
        assertThat(guard.refusal(URI.create("https://hooks.partner.example/observa"))).isEmpty();
        assertThat(guard.refusal("hooks.partner.example", new InetAddress[] {InetAddress.getByName("203.0.113.7")}))
                .isEmpty();
        assertThat(guard.refusal("rebound.partner.example", new InetAddress[] {
                InetAddress.getByName("203.0.113.7"), InetAddress.getByName("169.254.169.254")}))
                .hasValueSatisfying(reason -> assertThat(reason).contains("169.254.169.254"));
    }

    @Test
    void anOperatorMayAllowPrivateTargets() throws Exception {
        PrivateTargetGuard allowing = new PrivateTargetGuard(true);
        assertThat(allowing.refusal(URI.create("http://10.0.0.1/"))).isEmpty();
        assertThat(allowing.refusal("localhost", new InetAddress[] {InetAddress.getLoopbackAddress()})).isEmpty();
    }
}
