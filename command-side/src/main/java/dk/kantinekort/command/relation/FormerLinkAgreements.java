package dk.kantinekort.command.relation;

import dk.kantinekort.api.subscription.EnrolmentExpired;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.Unenrolled;
import dk.kantinekort.api.webshop.OrderCheckoutExpired;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.command.LookupProcessing;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which citizen made which open payment agreement on which account (enrolments, webshop orders on a saved
 * payment card), written in the events' transaction: when a link ends, the agreements its requester made on the
 * owner's accounts are found here. (The automatic top-up, one per account, is asked of the account itself.)
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
class FormerLinkAgreements {

    enum Kind { ENROLMENT, WEBSHOP_ORDER }

    record Agreement(String agreementId, Kind kind, String accountId) {
    }

    private final JdbcTemplate jdbc;

    FormerLinkAgreements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The open agreements {@code citizenId} made on the account. */
    List<Agreement> madeBy(String citizenId, String accountId) {
        return jdbc.query("SELECT agreement_id, kind, account_id FROM payment_agreements "
                        + "WHERE account_id = ? AND made_by = ? ORDER BY agreement_id",
                (rs, i) -> new Agreement(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3)),
                accountId, citizenId);
    }

    @EventHandler
    void on(EnrolmentRequested event) {
        record(event.enrolmentId(), Kind.ENROLMENT, event.accountId(), event.madeBy());
    }

    @EventHandler
    void on(Unenrolled event) {
        forget(event.enrolmentId());
    }

    @EventHandler
    void on(EnrolmentExpired event) {
        forget(event.enrolmentId());
    }

    @EventHandler
    void on(OrderPlaced event) {
        if (event.payment() == OrderPayment.PAYMENT_CARD) {
            record(event.orderId(), Kind.WEBSHOP_ORDER, event.accountId(), event.madeBy());
        }
    }

    @EventHandler
    void on(OrderLinesCancelled event) {
        if (event.orderCancelled()) {
            forget(event.orderId());
        }
    }

    @EventHandler
    void on(OrderCheckoutExpired event) {
        forget(event.orderId());
    }

    private void record(String agreementId, Kind kind, String accountId, String madeBy) {
        if (madeBy != null) {
            jdbc.update("INSERT INTO payment_agreements (agreement_id, kind, account_id, made_by) VALUES (?, ?, ?, ?)",
                    agreementId, kind.name(), accountId, madeBy);
        }
    }

    private void forget(String agreementId) {
        jdbc.update("DELETE FROM payment_agreements WHERE agreement_id = ?", agreementId);
    }
}
