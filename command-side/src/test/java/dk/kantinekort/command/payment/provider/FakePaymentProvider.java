package dk.kantinekort.command.payment.provider;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment provider in memory that honours idempotency keys as Nexi documents them (a repeated key answers the
 * first charge), saves a card on every hosted page, and can be told to be unreachable for the next calls. It
 * outlives the application contexts of a test, like a real provider outlives a restart of the ledger.
 */
public class FakePaymentProvider implements PaymentProvider {

    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<String, SavedCardChargeRequest> charges = new ConcurrentHashMap<>();
    private final AtomicInteger payments = new AtomicInteger();
    private final AtomicInteger unreachableCalls = new AtomicInteger();

    private volatile CountDownLatch held;
    private final AtomicInteger checkoutsAsked = new AtomicInteger();

    @Override
    public Checkout createCheckout(CheckoutRequest request) {
        checkoutsAsked.incrementAndGet();
        CountDownLatch hold = held;
        if (hold != null) {
            try {
                hold.await(30, TimeUnit.SECONDS); // a slow provider: the page comes when the test lets it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String paymentId = "fake-payment-" + payments.incrementAndGet();
        references.put(paymentId, request.reference());
        return new Checkout(paymentId, URI.create("https://psp.example/pay/" + paymentId));
    }

    @Override
    public ProviderPayment payment(String paymentId) {
        return new ProviderPayment(paymentId, references.get(paymentId), 0, 0, 0, 0, "Visa", "492500******0004",
                YearMonth.of(2031, 12), "token-" + paymentId, List.of());
    }

    @Override
    public SavedCardChargeResult chargeSavedCard(SavedCardChargeRequest request) {
        if (unreachableCalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new PaymentProviderUnavailable("the fake provider is down", null);
        }
        charges.putIfAbsent(request.idempotencyKey(), request);
        return new SavedCardChargeResult.Charged("charge-payment-" + request.idempotencyKey(),
                "charge-" + request.idempotencyKey());
    }

    @Override
    public String refundCharge(String chargeId, long amountOre, String idempotencyKey) {
        return "refund-" + idempotencyKey;
    }

    /** The charges made, one per idempotency key. */
    public Map<String, SavedCardChargeRequest> charges() {
        return Map.copyOf(charges);
    }

    /** From now on, hosted pages are created only after the returned latch is counted down. */
    public CountDownLatch holdCheckouts() {
        CountDownLatch hold = new CountDownLatch(1);
        held = hold;
        return hold;
    }

    /** How often a hosted page was asked for (also while held). */
    public int checkoutsAsked() {
        return checkoutsAsked.get();
    }

    /** The next {@code calls} charge attempts fail as if the provider could not be reached. */
    public void unreachableFor(int calls) {
        unreachableCalls.set(calls);
    }
}
