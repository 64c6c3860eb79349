package dk.kantinekort.query.payment;

import static dk.kantinekort.query.payment.PaymentReadModel.ACCOUNT_ID;
import static dk.kantinekort.query.payment.PaymentReadModel.AMOUNT;
import static dk.kantinekort.query.payment.PaymentReadModel.BALANCE_AT_REQUEST;
import static dk.kantinekort.query.payment.PaymentReadModel.BANK_ACCOUNT_MASKED;
import static dk.kantinekort.query.payment.PaymentReadModel.CARD_BRAND;
import static dk.kantinekort.query.payment.PaymentReadModel.CARD_EXPIRY;
import static dk.kantinekort.query.payment.PaymentReadModel.CHARGED;
import static dk.kantinekort.query.payment.PaymentReadModel.CHECKOUT_ID;
import static dk.kantinekort.query.payment.PaymentReadModel.DECIDED_AT;
import static dk.kantinekort.query.payment.PaymentReadModel.DESCRIPTION;
import static dk.kantinekort.query.payment.PaymentReadModel.EXPECTED;
import static dk.kantinekort.query.payment.PaymentReadModel.FEE;
import static dk.kantinekort.query.payment.PaymentReadModel.FOUND_AT;
import static dk.kantinekort.query.payment.PaymentReadModel.ID;
import static dk.kantinekort.query.payment.PaymentReadModel.LAST_ATTEMPT_AT;
import static dk.kantinekort.query.payment.PaymentReadModel.LAST_ATTEMPT_SUCCEEDED;
import static dk.kantinekort.query.payment.PaymentReadModel.LAST_DECLINE;
import static dk.kantinekort.query.payment.PaymentReadModel.LAST_FAILURE;
import static dk.kantinekort.query.payment.PaymentReadModel.MASKED_PAN;
import static dk.kantinekort.query.payment.PaymentReadModel.METHOD;
import static dk.kantinekort.query.payment.PaymentReadModel.PAID_OUT;
import static dk.kantinekort.query.payment.PaymentReadModel.PAYMENT_ID;
import static dk.kantinekort.query.payment.PaymentReadModel.REJECTION_REASON;
import static dk.kantinekort.query.payment.PaymentReadModel.REQUESTED_AT;
import static dk.kantinekort.query.payment.PaymentReadModel.SETTLED_AT;
import static dk.kantinekort.query.payment.PaymentReadModel.STATE;
import static dk.kantinekort.query.payment.PaymentReadModel.THRESHOLD;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.FindDeposit;
import dk.kantinekort.api.payment.FindPayout;
import dk.kantinekort.api.payment.ListDepositsOfAccount;
import dk.kantinekort.api.payment.ListPaymentDiscrepancies;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentDiscrepancyView;
import dk.kantinekort.api.payment.PayoutView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Answers the payment queries of the portal (receipt page, top-up tab, payout tab) and of staff. */
@Component
class PaymentQueryHandlers {

    private static final int MAX_LIST = 500;

    private final PaymentReadModel readModel;

    PaymentQueryHandlers(PaymentReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    DepositView handle(FindDeposit query) {
        Document d = readModel.deposits.find(Filters.and(Filters.eq(ID, query.depositId()),
                Filters.eq(ACCOUNT_ID, query.accountId()))).first();
        return d == null ? null : deposit(d);
    }

    @QueryHandler
    List<DepositView> handle(ListDepositsOfAccount query) {
        return readModel.deposits.find(Filters.eq(ACCOUNT_ID, query.accountId()))
                .sort(Sorts.descending(REQUESTED_AT)).limit(MAX_LIST)
                .map(PaymentQueryHandlers::deposit).into(new ArrayList<>());
    }

    private static DepositView deposit(Document d) {
        return new DepositView(d.getString(ID), d.getString(ACCOUNT_ID), DepositView.State.valueOf(d.getString(STATE)),
                money(d, AMOUNT), money(d, FEE), DepositMethod.valueOf(d.getString(METHOD)), d.getString(PAYMENT_ID),
                d.getString(CARD_BRAND), d.getString(MASKED_PAN), reason(d.getString(LAST_DECLINE)),
                instant(d, REQUESTED_AT), instant(d, SETTLED_AT));
    }

    @QueryHandler
    AutoTopUpView handle(FindAutoTopUp query) {
        Document d = readModel.autoTopUps.find(Filters.eq(ID, query.accountId())).first();
        if (d == null) {
            return null;
        }
        return new AutoTopUpView(d.getString(ID), d.getString(CHECKOUT_ID),
                AutoTopUpView.State.valueOf(d.getString(STATE)), money(d, AMOUNT), money(d, FEE), money(d, THRESHOLD),
                d.getString(CARD_BRAND), d.getString(MASKED_PAN), d.getString(CARD_EXPIRY),
                instant(d, LAST_ATTEMPT_AT), d.getBoolean(LAST_ATTEMPT_SUCCEEDED), reason(d.getString(LAST_FAILURE)));
    }

    @QueryHandler
    PayoutView handle(FindPayout query) {
        Document d = readModel.payouts.find(Filters.eq(ACCOUNT_ID, query.accountId()))
                .sort(Sorts.descending(REQUESTED_AT)).first();
        return d == null ? null : payout(d);
    }

    @QueryHandler
    List<PayoutView> handle(ListPayoutRequests query) {
        Bson filter = query.state() == null ? new Document() : Filters.eq(STATE, query.state().name());
        return readModel.payouts.find(filter).sort(Sorts.descending(REQUESTED_AT)).limit(MAX_LIST)
                .map(PaymentQueryHandlers::payout).into(new ArrayList<>());
    }

    @QueryHandler
    List<PaymentDiscrepancyView> handle(ListPaymentDiscrepancies query) {
        return readModel.discrepancies.find().sort(Sorts.descending(FOUND_AT)).limit(MAX_LIST)
                .map(d -> new PaymentDiscrepancyView(d.getString(ACCOUNT_ID), d.getString(CHECKOUT_ID),
                        d.getString(PAYMENT_ID), money(d, EXPECTED), money(d, CHARGED), d.getString(DESCRIPTION),
                        instant(d, FOUND_AT)))
                .into(new ArrayList<>());
    }

    private static PayoutView payout(Document d) {
        return new PayoutView(d.getString(ID), d.getString(ACCOUNT_ID), PayoutView.State.valueOf(d.getString(STATE)),
                money(d, BALANCE_AT_REQUEST), d.containsKey(PAID_OUT) ? money(d, PAID_OUT) : null,
                d.getString(BANK_ACCOUNT_MASKED), d.getString(REJECTION_REASON), instant(d, REQUESTED_AT),
                instant(d, DECIDED_AT));
    }

    private static Money money(Document d, String field) {
        Number ore = d.get(field, Number.class);
        return ore == null ? null : Money.ofOre(ore.longValue());
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static PaymentDeclineReason reason(String name) {
        return name == null ? null : PaymentDeclineReason.valueOf(name);
    }
}
