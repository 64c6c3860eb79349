package dk.kantinekort.command.payment.reconciliation;

import dk.kantinekort.api.payment.AutoTopUpAgreed;
import dk.kantinekort.api.payment.AutoTopUpCancelled;
import dk.kantinekort.api.payment.AutoTopUpSignupRequested;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.DepositAbandoned;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.subscription.EnrolmentActivated;
import dk.kantinekort.api.subscription.EnrolmentExpired;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.Unenrolled;
import dk.kantinekort.api.webshop.OrderCheckoutExpired;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPaymentCardSaved;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.command.LookupProcessing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Which account and deposit (or top-up agreement) a provider payment belongs to, and which are still open. Kept
 * in the transaction of the events, so a webhook arriving right after the checkout finds it.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class PaymentCheckouts {

    /** One payment of the ledger at the provider. */
    public record Checkout(String checkoutId, String accountId, CheckoutPurpose purpose, String paymentId,
                           long expectedOre, String state, Instant createdAt) {
    }

    static final String OPEN = "OPEN";
    private static final RowMapper<Checkout> ROW = (rs, i) -> new Checkout(rs.getString("checkout_id"),
            rs.getString("account_id"), CheckoutPurpose.valueOf(rs.getString("purpose")), rs.getString("payment_id"),
            rs.getLong("expected_ore"), rs.getString("state"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    PaymentCheckouts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Checkout> byPaymentId(String paymentId) {
        return jdbc.query("SELECT * FROM payment_checkouts WHERE payment_id = ?", ROW, paymentId).stream().findFirst();
    }

    public Optional<Checkout> byCheckoutId(String checkoutId) {
        return jdbc.query("SELECT * FROM payment_checkouts WHERE checkout_id = ?", ROW, checkoutId).stream()
                .findFirst();
    }

    /** Open checkouts created before the given instant, oldest first. */
    public List<Checkout> openBefore(Instant before, int limit) {
        return jdbc.query("SELECT * FROM payment_checkouts WHERE state = ? AND created_at < ? ORDER BY created_at"
                + " FETCH FIRST ? ROWS ONLY", ROW, OPEN, java.sql.Timestamp.from(before), limit);
    }

    @EventHandler
    void on(DepositRequested event, @Timestamp Instant at) {
        insert(event.depositId(), event.accountId(), CheckoutPurpose.DEPOSIT, event.amount().plus(event.fee()).ore(), at);
    }

    @EventHandler
    void on(AutoTopUpSignupRequested event, @Timestamp Instant at) {
        insert(event.agreementId(), event.accountId(), CheckoutPurpose.AUTO_TOP_UP_AGREEMENT, 0, at);
    }

    @EventHandler
    void on(OrderPlaced event, @Timestamp Instant at) {
        if (event.payment() == OrderPayment.PAYMENT_CARD) {
            insert(event.orderId(), event.accountId(), CheckoutPurpose.WEBSHOP_ORDER, 0, at);
        }
    }

    @EventHandler
    void on(EnrolmentRequested event, @Timestamp Instant at) {
        insert(event.enrolmentId(), event.accountId(), CheckoutPurpose.SUBSCRIPTION, 0, at);
    }

    private void insert(String checkoutId, String accountId, CheckoutPurpose purpose, long expectedOre, Instant at) {
        jdbc.update("INSERT INTO payment_checkouts (checkout_id, account_id, purpose, expected_ore, state, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", checkoutId, accountId, purpose.name(), expectedOre, OPEN,
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PaymentCheckoutCreated event) {
        jdbc.update("UPDATE payment_checkouts SET payment_id = ? WHERE checkout_id = ?", event.paymentId(),
                event.checkoutId());
    }

    @EventHandler
    void on(DepositSettled event) {
        close(event.depositId(), "SETTLED");
    }

    @EventHandler
    void on(DepositAbandoned event) {
        close(event.depositId(), "ABANDONED");
    }

    @EventHandler
    void on(AutoTopUpAgreed event) {
        close(event.agreementId(), "SETTLED");
    }

    @EventHandler
    void on(AutoTopUpCancelled event) {
        close(event.agreementId(), "ABANDONED");
    }

    @EventHandler
    void on(OrderPaymentCardSaved event) {
        close(event.orderId(), "SETTLED");
    }

    @EventHandler
    void on(OrderCheckoutExpired event) {
        close(event.orderId(), "ABANDONED");
    }

    @EventHandler
    void on(OrderLinesCancelled event) {
        if (event.orderCancelled()) {
            jdbc.update("UPDATE payment_checkouts SET state = ? WHERE checkout_id = ? AND state = ?", "ABANDONED",
                    event.orderId(), OPEN);
        }
    }

    @EventHandler
    void on(EnrolmentActivated event) {
        close(event.enrolmentId(), "SETTLED");
    }

    @EventHandler
    void on(EnrolmentExpired event) {
        close(event.enrolmentId(), "ABANDONED");
    }

    @EventHandler
    void on(Unenrolled event) {
        jdbc.update("UPDATE payment_checkouts SET state = ? WHERE checkout_id = ? AND state = ?", "ABANDONED",
                event.enrolmentId(), OPEN);
    }

    private void close(String checkoutId, String state) {
        jdbc.update("UPDATE payment_checkouts SET state = ? WHERE checkout_id = ?", state, checkoutId);
    }
}
