package dk.kantinekort.pos.auth;

import dk.kantinekort.api.till.AuthenticateTill;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.pos.PosProperties;
import dk.kantinekort.pos.dispatch.Ledger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds the till behind a bearer token's hash with the {@code AuthenticateTill} query and remembers positive
 * answers for a few seconds, so the hot path does not ask per request. The remembered answer is only used for
 * requests the command side checks the till again (purchases and refunds: a revoked till gets TILL_UNKNOWN ->
 * 401 there, and the entry is evicted); every other till request asks afresh, so a revoked till is turned away
 * at its very next request of any kind. Only valid tokens are cached, so the map stays as small as the fleet.
 */
@Component
class TillAuthenticator {

    private record Entry(TillIdentity till, long expiresAt) {
    }

    private final Ledger ledger;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Autowired
    TillAuthenticator(Ledger ledger, PosProperties properties) {
        this(ledger, properties, System::nanoTime);
    }

    TillAuthenticator(Ledger ledger, PosProperties properties, LongSupplier nanoClock) {
        this.ledger = ledger;
        this.ttlNanos = properties.tillCacheTtl().toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * The till holding the token with this hex SHA-256, or empty. {@code rechecked}: the request goes to the command
     * side, which checks the till again, so a remembered answer may serve.
     */
    Mono<TillIdentity> authenticate(String tokenHash, boolean rechecked) {
        long now = nanoClock.getAsLong();
        Entry cached = cache.get(tokenHash);
        if (rechecked && cached != null && cached.expiresAt - now > 0) {
            return Mono.just(cached.till);
        }
        return ledger.query(new AuthenticateTill(tokenHash), ResponseTypes.instanceOf(TillIdentity.class))
                .doOnNext(till -> cache.put(tokenHash, new Entry(till, nanoClock.getAsLong() + ttlNanos)))
                .switchIfEmpty(Mono.fromRunnable(() -> cache.remove(tokenHash)));
    }

    void evict(String tokenHash) {
        cache.remove(tokenHash);
    }
}
