package dk.kantinekort.command.payment.checkout;

import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpSignupRequested;
import dk.kantinekort.api.payment.CheckoutProgress;
import dk.kantinekort.api.payment.CheckoutRefused;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.FindCheckoutProgress;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.subscription.EnrolmentCheckoutStarted;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.webshop.BasketCheckedOut;
import dk.kantinekort.api.webshop.OrderPaidWithCanteenCard;
import dk.kantinekort.api.webshop.OrderPaymentFailed;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.command.LookupProcessing;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * How far each checkout the portal started has come ({@code checkout_progress}), kept in the transaction of the
 * events: recorded with the intent (deposit, top-up agreement, basket, Tilmeld) and its links, then the hosted page,
 * the canteen card's answer or the refusal. The portal asks it with {@link FindCheckoutProgress} (a consistent
 * look-up the command side answers, decision record 14): the answer waits, checking the table, until the checkout has
 * left PENDING or the patience ({@code canteen.payments.checkout-patience}) is spent. The checkout processes read the
 * links and steps here.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class CheckoutProgressLookup implements DisposableBean {

    /** A checkout as recorded. */
    record Row(String checkoutId, String accountId, CheckoutStage stage, PaymentPageLinks links, String hostedPageUrl,
               RejectionCode refusal, PaymentDeclineReason declined, Money total, boolean placed) {

        CheckoutProgress progress() {
            return new CheckoutProgress(checkoutId, stage, hostedPageUrl, refusal, declined, total);
        }
    }

    private static final long CHECK_EVERY_MILLIS = 100;
    private static final RowMapper<Row> ROW = (rs, i) -> {
        String returnUrl = rs.getString("return_url");
        long total = rs.getLong("total_ore");
        boolean noTotal = rs.wasNull();
        String refusal = rs.getString("refusal");
        String declined = rs.getString("declined");
        return new Row(rs.getString("checkout_id"), rs.getString("account_id"),
                CheckoutStage.valueOf(rs.getString("stage")),
                returnUrl == null ? null : new PaymentPageLinks(returnUrl, rs.getString("cancel_url"),
                        rs.getString("terms_url")),
                rs.getString("hosted_page_url"), refusal == null ? null : RejectionCode.valueOf(refusal),
                declined == null ? null : PaymentDeclineReason.valueOf(declined),
                noTotal ? null : Money.ofOre(total), rs.getBoolean("placed"));
    };

    private final JdbcTemplate jdbc;
    private final Duration patience;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "checkout-progress");
        t.setDaemon(true);
        return t;
    });

    CheckoutProgressLookup(JdbcTemplate jdbc,
                           @Value("${canteen.payments.checkout-patience:PT8S}") Duration patience) {
        this.jdbc = jdbc;
        this.patience = patience;
    }

    /** The checkout as recorded, if any. */
    Optional<Row> find(String checkoutId) {
        return jdbc.query("SELECT * FROM checkout_progress WHERE checkout_id = ?", ROW, checkoutId).stream()
                .findFirst();
    }

    /** Answers once the checkout has left PENDING, or PENDING when the patience is spent; null if not the account's. */
    @QueryHandler
    CompletableFuture<CheckoutProgress> handle(FindCheckoutProgress query) {
        CompletableFuture<CheckoutProgress> answer = new CompletableFuture<>();
        Instant giveUp = Instant.now().plus(patience); // a real-time wait, not domain time: no scheme Clock here
        checks.execute(() -> check(query, giveUp, answer));
        return answer;
    }

    private void check(FindCheckoutProgress query, Instant giveUp, CompletableFuture<CheckoutProgress> answer) {
        try {
            Optional<Row> row = find(query.checkoutId()).filter(r -> r.accountId().equals(query.accountId()));
            boolean settled = row.map(r -> r.stage() != CheckoutStage.PENDING).orElse(false);
            if (settled || !Instant.now().isBefore(giveUp)) {
                answer.complete(row.map(Row::progress).orElse(null));
            } else {
                checks.schedule(() -> check(query, giveUp, answer), CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    @EventHandler
    void on(DepositRequested event) {
        insert(event.depositId(), event.accountId(), event.links());
    }

    @EventHandler
    void on(AutoTopUpSignupRequested event) {
        insert(event.agreementId(), event.accountId(), event.links());
    }

    @EventHandler
    void on(BasketCheckedOut event) {
        insert(event.orderId(), event.accountId(), event.links());
    }

    @EventHandler
    void on(EnrolmentCheckoutStarted event) {
        insert(event.enrolmentId(), event.accountId(), event.links());
    }

    private void insert(String checkoutId, String accountId, PaymentPageLinks links) {
        jdbc.update("INSERT INTO checkout_progress (checkout_id, account_id, stage, return_url, cancel_url, terms_url)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", checkoutId, accountId, CheckoutStage.PENDING.name(),
                links == null ? null : links.returnUrl(), links == null ? null : links.cancelUrl(),
                links == null ? null : links.termsUrl());
    }

    @EventHandler
    void on(OrderPlaced event) {
        jdbc.update("UPDATE checkout_progress SET placed = TRUE, total_ore = ? WHERE checkout_id = ?",
                event.total() == null ? null : event.total().ore(), event.orderId());
    }

    @EventHandler
    void on(EnrolmentRequested event) {
        jdbc.update("UPDATE checkout_progress SET placed = TRUE WHERE checkout_id = ?", event.enrolmentId());
    }

    @EventHandler
    void on(PaymentCheckoutCreated event) {
        jdbc.update("UPDATE checkout_progress SET stage = ?, hosted_page_url = ? WHERE checkout_id = ? AND stage = ?",
                CheckoutStage.HOSTED_PAGE.name(), event.hostedPageUrl(), event.checkoutId(),
                CheckoutStage.PENDING.name());
    }

    @EventHandler
    void on(OrderPaidWithCanteenCard event) {
        jdbc.update("UPDATE checkout_progress SET stage = ? WHERE checkout_id = ?", CheckoutStage.PAID.name(),
                event.orderId());
    }

    @EventHandler
    void on(OrderPaymentFailed event) {
        jdbc.update("UPDATE checkout_progress SET stage = ?, declined = ? WHERE checkout_id = ? AND stage = ?",
                CheckoutStage.PAYMENT_FAILED.name(), event.reason() == null ? null : event.reason().name(),
                event.orderId(), CheckoutStage.PENDING.name());
    }

    @EventHandler
    void on(CheckoutRefused event) {
        jdbc.update("UPDATE checkout_progress SET stage = ?, refusal = ? WHERE checkout_id = ? AND stage = ?",
                CheckoutStage.REFUSED.name(), event.code().name(), event.checkoutId(),
                CheckoutStage.PENDING.name());
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
