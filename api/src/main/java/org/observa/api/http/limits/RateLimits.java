package org.observa.api.http.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits (OWASP API4, unrestricted resource consumption), as token buckets of Bucket4j refilled
 * evenly over a minute:
 * <ul>
 * <li>requests with an API key, per key, counted in PostgreSQL, so that every instance of the service
 * counts a key's requests together;</li>
 * <li>requests without a key, per client address, counted in each instance's memory: they are the most
 * frequent and cheapest requests, and a shared counter would cost each of them a database round trip.
 * Behind a load balancer with n instances an address may make up to n times the quota; a proxy or CDN
 * in front can hold a global one;</li>
 * <li>failed authentications (a wrong or revoked key), per client address, in memory: once over, a client
 * may not try keys again until the window has passed, so keys cannot be guessed at speed.</li>
 * </ul>
 */
@ApplicationScoped
public class RateLimits {

    static final String ANONYMOUS = "anonymous";
    static final String KEY = "key";
    static final String FAILED_AUTHENTICATIONS = "failed-authentications";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final boolean enabled;
    private final long anonymousQuota;
    private final long keyQuota;
    private final long failedAuthenticationQuota;
    private final Instance<DataSource> dataSource;
    private final Cache<String, Bucket> anonymousBuckets;
    private final Cache<String, Bucket> failedAuthenticationBuckets;
    private volatile ProxyManager<String> keyBuckets;

    public RateLimits(@ConfigProperty(name = "observa.rate-limit.enabled", defaultValue = "true") boolean enabled,
                      @ConfigProperty(name = "observa.rate-limit.anonymous-per-minute", defaultValue = "1200") long anonymousQuota,
                      @ConfigProperty(name = "observa.rate-limit.key-per-minute", defaultValue = "600") long keyQuota,
                      @ConfigProperty(name = "observa.rate-limit.failed-authentications-per-minute", defaultValue = "20")
                      long failedAuthenticationQuota,
                      Instance<DataSource> dataSource) {
        this.enabled = enabled;
        this.anonymousQuota = anonymousQuota;
        this.keyQuota = keyQuota;
        this.failedAuthenticationQuota = failedAuthenticationQuota;
        this.dataSource = dataSource;
        // An idle client's bucket is full again after a window: forgetting it then changes nothing.
        this.anonymousBuckets = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(200_000).build();
        this.failedAuthenticationBuckets = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(200_000).build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Counts an anonymous request of a client address. */
    public RateLimitState anonymous(String address) {
        Bucket bucket = anonymousBuckets.get(address, unused -> Bucket.builder().addLimit(limit(anonymousQuota)).build());
        return state(ANONYMOUS, anonymousQuota, bucket.tryConsumeAndReturnRemaining(1));
    }

    /**
     * Counts a request of an authenticated caller: an API key (its id), the bootstrap key, or a user of an
     * organisation's identity provider, all counted together across instances.
     */
    public RateLimitState caller(String principal) {
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(limit(keyQuota)).build();
        // A bucket keeps the quota it was made with: naming the quota in the row's id makes a new setting take
        // effect at once (the row of the old quota is simply no longer used).
        String bucket = bucketId(principal) + "/" + keyQuota;
        ConsumptionProbe probe = keyBuckets().builder().build(bucket, () -> configuration).tryConsumeAndReturnRemaining(1);
        return state(KEY, keyQuota, probe);
    }

    /** A key id as it is; anything longer (an identity provider's issuer and subject) as a hash that fits the row id. */
    private static String bucketId(String principal) {
        if (principal.length() <= 40) {
            return principal;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(principal.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The state of an address that may not try keys now (too many failed authentications), or empty. */
    public Optional<RateLimitState> authenticationBlocked(String address) {
        Bucket bucket = failedAuthenticationBuckets.getIfPresent(address);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
        if (estimate.canBeConsumed()) {
            return Optional.empty();
        }
        long fullAgain = (failedAuthenticationQuota - bucket.getAvailableTokens()) * WINDOW.toNanos() / failedAuthenticationQuota;
        return Optional.of(new RateLimitState(FAILED_AUTHENTICATIONS, failedAuthenticationQuota, WINDOW.toSeconds(), 0,
                seconds(fullAgain), Math.max(1, seconds(estimate.getNanosToWaitForRefill())), false));
    }

    /** Counts a failed authentication of an address. */
    public void authenticationFailed(String address) {
        failedAuthenticationBuckets.get(address, unused -> Bucket.builder().addLimit(limit(failedAuthenticationQuota)).build())
                .tryConsume(1);
    }

    private ProxyManager<String> keyBuckets() {
        if (keyBuckets == null) {
            synchronized (this) {
                if (keyBuckets == null) {
                    keyBuckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource.get())
                            .primaryKeyMapper(PrimaryKeyMapper.STRING)
                            .table("rate_limit_bucket").idColumn("id").stateColumn("state")
                            .build();
                }
            }
        }
        return keyBuckets;
    }

    private static Bandwidth limit(long quota) {
        return Bandwidth.builder().capacity(quota).refillGreedy(quota, WINDOW).build();
    }

    private static RateLimitState state(String policy, long quota, ConsumptionProbe probe) {
        return new RateLimitState(policy, quota, WINDOW.toSeconds(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())),
                probe.isConsumed());
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
