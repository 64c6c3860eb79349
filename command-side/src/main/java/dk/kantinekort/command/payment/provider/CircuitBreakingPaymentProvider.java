package dk.kantinekort.command.payment.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A circuit breaker (resilience4j) around every call to the payment provider. When too many calls in a row fail
 * ({@link PaymentProviderUnavailable}: no answer, a time-out, a 5xx) or are slow, the circuit opens and calls fail at
 * once with {@link PaymentProviderUnavailable} for a while, instead of each holding a thread for the whole time-out;
 * then a few calls are let through to see whether the provider is back. A refusal ({@link PaymentProviderRejected},
 * a 4xx) and a declined card are answers, not outages, and leave the circuit alone.
 *
 * <p>Callers need nothing new: an open circuit is the "provider unavailable" they already handle (the portal says
 * "Betalingsudbyderen svarer ikke lige nu", reconciliation and the top-up retries try again later). Nothing is charged
 * twice by it: a call the circuit refuses never reaches the provider, and every charge carries its Idempotency-Key.
 */
public final class CircuitBreakingPaymentProvider implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakingPaymentProvider.class);

    /** When the circuit opens and for how long. */
    public record Settings(int failureRatePercent, int minimumCalls, int window, Duration slowCall,
                           Duration openFor, int callsWhenHalfOpen) {
    }

    private final PaymentProvider provider;
    private final CircuitBreaker circuit;

    public CircuitBreakingPaymentProvider(PaymentProvider provider, Settings settings) {
        this.provider = provider;
        this.circuit = CircuitBreaker.of("payment-provider", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .slowCallRateThreshold(settings.failureRatePercent())
                .slowCallDurationThreshold(settings.slowCall())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.callsWhenHalfOpen())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordExceptions(PaymentProviderUnavailable.class)
                .ignoreExceptions(PaymentProviderRejected.class)
                .build());
        circuit.getEventPublisher().onStateTransition(event -> log.warn("Payment provider circuit {}",
                event.getStateTransition()));
    }

    /** CLOSED (calls go through), OPEN (they fail at once) or HALF_OPEN (a few try). */
    /** How many calls the open circuit refused without asking the provider (for tests and metrics). */
    public long notPermittedCalls() {
        return circuit.getMetrics().getNumberOfNotPermittedCalls();
    }

    public CircuitBreaker.State state() {
        return circuit.getState();
    }

    @Override
    public Checkout createCheckout(CheckoutRequest request) {
        return call(() -> provider.createCheckout(request));
    }

    @Override
    public ProviderPayment payment(String paymentId) {
        return call(() -> provider.payment(paymentId));
    }

    @Override
    public SavedCardChargeResult chargeSavedCard(SavedCardChargeRequest request) {
        return call(() -> provider.chargeSavedCard(request));
    }

    @Override
    public String refundCharge(String chargeId, long amountOre, String idempotencyKey) {
        return call(() -> provider.refundCharge(chargeId, amountOre, idempotencyKey));
    }

    private <T> T call(Supplier<T> call) {
        try {
            return circuit.executeSupplier(call);
        } catch (CallNotPermittedException e) {
            throw new PaymentProviderUnavailable("The payment provider failed repeatedly; not called for now", e);
        }
    }
}
