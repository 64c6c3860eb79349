package dk.kantinekort.command.payment.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakingPaymentProviderTest {

    private static final Duration OPEN_FOR = Duration.ofMillis(300);

    private final FlakyProvider flaky = new FlakyProvider();
    private final CircuitBreakingPaymentProvider provider = new CircuitBreakingPaymentProvider(flaky,
            new CircuitBreakingPaymentProvider.Settings(50, 4, 10, Duration.ofSeconds(5), OPEN_FOR, 1));

    @Test
    void afterRepeatedOutagesTheProviderIsNotCalledAtAll_andTheCallerGetsTheUsualProviderUnavailable() {
        flaky.failing = true;
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.payment("p")).isInstanceOf(PaymentProviderUnavailable.class);
        }
        assertThat(provider.state()).isEqualTo(CircuitBreaker.State.OPEN);
        int called = flaky.calls.get();

        assertThatThrownBy(() -> provider.refundCharge("c", 100, "k")).isInstanceOf(PaymentProviderUnavailable.class)
                .hasMessageContaining("not called for now");
        assertThat(flaky.calls.get()).as("an open circuit does not call the provider").isEqualTo(called);
    }

    @Test
    void onceTheWaitIsOverACallTriesTheProviderAgain_andASuccessClosesTheCircuit() {
        flaky.failing = true;
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.payment("p")).isInstanceOf(PaymentProviderUnavailable.class);
        }
        flaky.failing = false;

        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> provider.payment("p") != null);

        assertThat(provider.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void refusalsAreAnswersNotOutages_andLeaveTheCircuitClosed() {
        flaky.refusing = true;
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> provider.payment("p")).isInstanceOf(PaymentProviderRejected.class);
        }
        assertThat(provider.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(flaky.calls.get()).isEqualTo(10);
    }

    /** Fails, refuses or answers, as told; counts the calls that reached it. */
    private static final class FlakyProvider implements PaymentProvider {

        volatile boolean failing;
        volatile boolean refusing;
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Checkout createCheckout(CheckoutRequest request) {
            throw failureOr(new IllegalStateException("not used"));
        }

        @Override
        public ProviderPayment payment(String paymentId) {
            RuntimeException failure = answer();
            if (failure != null) {
                throw failure;
            }
            return new ProviderPayment(paymentId, "reference", 0, 0, 0, 0, null, null, null, null, null);
        }

        @Override
        public SavedCardChargeResult chargeSavedCard(SavedCardChargeRequest request) {
            throw failureOr(new IllegalStateException("not used"));
        }

        @Override
        public String refundCharge(String chargeId, long amountOre, String idempotencyKey) {
            RuntimeException failure = answer();
            if (failure != null) {
                throw failure;
            }
            return "refund";
        }

        private RuntimeException failureOr(RuntimeException otherwise) {
            RuntimeException failure = answer();
            return failure != null ? failure : otherwise;
        }

        private RuntimeException answer() {
            calls.incrementAndGet();
            if (failing) {
                return new PaymentProviderUnavailable("Nets Easy answered 503");
            }
            return refusing ? new PaymentProviderRejected(404, "Nets Easy answered 404") : null;
        }
    }
}
