package dk.kantinekort.query.payment;

import dk.kantinekort.api.citizen.CitizenForgotten;
import com.mongodb.client.model.UpdateManyModel;
import dk.kantinekort.query.account.PersonalData;
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

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.payment.AutoTopUpAgreed;
import dk.kantinekort.api.payment.AutoTopUpCancelled;
import dk.kantinekort.api.payment.AutoTopUpFailed;
import dk.kantinekort.api.payment.AutoTopUpSignupRequested;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.DepositAbandoned;
import dk.kantinekort.api.payment.DepositDeclined;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.payment.PaymentDiscrepancyFound;
import dk.kantinekort.api.payment.PayoutAccountConfirmed;
import dk.kantinekort.api.payment.PayoutRejected;
import dk.kantinekort.api.payment.PayoutRequested;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Projects deposits, top-up agreements, payouts and discrepancies; every write is absolute, so replays are harmless. */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class PaymentProjection {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT_UPDATE = new UpdateOptions().upsert(true);

    private final PaymentReadModel readModel;
    private final PersonalData personalData;

    PaymentProjection(PaymentReadModel readModel, PersonalData personalData) {
        this.readModel = readModel;
        this.personalData = personalData;
    }

    private String open(dk.kantinekort.api.citizen.SealedData sealed) {
        return personalData.reveal(sealed).orElse(null);
    }

    /** A rebuild (replay from the first event) starts without deposits, agreements, payouts and discrepancies. */
    @ResetHandler
    void reset() {
        for (MongoCollection<Document> collection : List.of(readModel.deposits, readModel.autoTopUps,
                readModel.payouts, readModel.discrepancies)) {
            collection.deleteMany(new Document());
        }
    }

    @EventHandler
    void on(DepositRequested event, @Timestamp Instant at) {
        replace(readModel.deposits, event.depositId(), new Document(ID, event.depositId())
                .append(ACCOUNT_ID, event.accountId())
                .append(STATE, DepositView.State.OPEN.name())
                .append(AMOUNT, event.amount().ore())
                .append(FEE, event.fee().ore())
                .append(METHOD, event.method().name())
                .append(REQUESTED_AT, Date.from(at)));
    }

    @EventHandler
    void on(PaymentCheckoutCreated event) {
        if (event.purpose() == CheckoutPurpose.DEPOSIT) {
            update(readModel.deposits, event.checkoutId(), Updates.set(PAYMENT_ID, event.paymentId()));
        }
    }

    @EventHandler
    void on(DepositDeclined event) {
        update(readModel.deposits, event.depositId(), Updates.set(LAST_DECLINE, event.reason().name()));
    }

    @EventHandler
    void on(DepositSettled event, @Timestamp Instant at) {
        if (event.method() == DepositMethod.AUTO_TOP_UP) {
            update(readModel.autoTopUps, event.accountId(), Updates.combine(Updates.set(LAST_ATTEMPT_AT, Date.from(at)),
                    Updates.set(LAST_ATTEMPT_SUCCEEDED, true), Updates.unset(LAST_FAILURE)));
            return;
        }
        update(readModel.deposits, event.depositId(), Updates.combine(
                Updates.set(STATE, DepositView.State.PAID.name()),
                Updates.set(PAYMENT_ID, event.paymentId()),
                Updates.set(CARD_BRAND, event.cardBrand()),
                Updates.set(MASKED_PAN, open(event.maskedPan())),
                Updates.set(SETTLED_AT, Date.from(at))));
    }

    @EventHandler
    void on(DepositAbandoned event) {
        update(readModel.deposits, event.depositId(), Updates.set(STATE, DepositView.State.ABANDONED.name()));
    }

    @EventHandler
    void on(PaymentDiscrepancyFound event, @Timestamp Instant at) {
        String id = event.checkoutId() + "|" + event.paymentId() + "|" + event.charged().ore();
        replace(readModel.discrepancies, id, new Document(ID, id)
                .append(ACCOUNT_ID, event.accountId())
                .append(CHECKOUT_ID, event.checkoutId())
                .append(PAYMENT_ID, event.paymentId())
                .append(EXPECTED, event.expected().ore())
                .append(CHARGED, event.charged().ore())
                .append(DESCRIPTION, event.description())
                .append(FOUND_AT, Date.from(at)));
    }

    @EventHandler
    void on(AutoTopUpSignupRequested event) {
        replace(readModel.autoTopUps, event.accountId(), new Document(ID, event.accountId())
                .append(CHECKOUT_ID, event.agreementId())
                .append(STATE, AutoTopUpView.State.WAITING_FOR_CARD.name())
                .append(AMOUNT, event.amount().ore())
                .append(FEE, event.fee().ore())
                .append(THRESHOLD, event.threshold().ore()));
    }

    @EventHandler
    void on(AutoTopUpAgreed event) {
        replace(readModel.autoTopUps, event.accountId(), new Document(ID, event.accountId())
                .append(CHECKOUT_ID, event.agreementId())
                .append(STATE, AutoTopUpView.State.ACTIVE.name())
                .append(AMOUNT, event.amount().ore())
                .append(FEE, event.fee().ore())
                .append(THRESHOLD, event.threshold().ore())
                .append(CARD_BRAND, event.cardBrand())
                .append(MASKED_PAN, open(event.maskedPan()))
                .append(CARD_EXPIRY, open(event.cardExpiry())));
    }

    @EventHandler
    void on(AutoTopUpCancelled event) {
        update(readModel.autoTopUps, event.accountId(), Updates.set(STATE, AutoTopUpView.State.CANCELLED.name()));
    }

    @EventHandler
    void on(AutoTopUpFailed event, @Timestamp Instant at) {
        update(readModel.autoTopUps, event.accountId(), Updates.combine(Updates.set(LAST_ATTEMPT_AT, Date.from(at)),
                Updates.set(LAST_ATTEMPT_SUCCEEDED, false), Updates.set(LAST_FAILURE, event.reason().name())));
    }

    @EventHandler
    void on(PayoutRequested event, @Timestamp Instant at) {
        replace(readModel.payouts, event.payoutId(), new Document(ID, event.payoutId())
                .append(ACCOUNT_ID, event.accountId())
                .append(STATE, (event.awaitingOwnerConfirmation()
                        ? PayoutView.State.AWAITING_OWNER : PayoutView.State.REQUESTED).name())
                .append(BALANCE_AT_REQUEST, event.balance().ore())
                .append(BANK_ACCOUNT_MASKED, open(event.bankAccountMasked()))
                .append(REQUESTED_AT, Date.from(at)));
    }

    /** The owner confirmed the typed bank account: staff see the request from now on. */
    @EventHandler
    void on(PayoutAccountConfirmed event) {
        update(readModel.payouts, event.payoutId(), Updates.set(STATE, PayoutView.State.REQUESTED.name()));
    }

    @EventHandler
    void on(BalancePaidOut event, @Timestamp Instant at) {
        Bson paid = Updates.combine(Updates.set(ACCOUNT_ID, event.accountId()),
                Updates.set(STATE, PayoutView.State.PAID.name()), Updates.set(PAID_OUT, event.amount().ore()),
                Updates.set(DECIDED_AT, Date.from(at)), Updates.setOnInsert(REQUESTED_AT, Date.from(at)),
                Updates.setOnInsert(BANK_ACCOUNT_MASKED, open(event.bankReference())),
                Updates.setOnInsert(BALANCE_AT_REQUEST, event.amount().ore()));
        ReadModelBatch.current().write(readModel.payouts, new UpdateOneModel<>(Filters.eq(ID, event.payoutId()), paid,
                UPSERT_UPDATE));
    }

    @EventHandler
    void on(PayoutRejected event, @Timestamp Instant at) {
        update(readModel.payouts, event.payoutId(), Updates.combine(Updates.set(STATE, PayoutView.State.REJECTED.name()),
                Updates.set(REJECTION_REASON, open(event.reason())), Updates.set(DECIDED_AT, Date.from(at))));
    }

    /**
     * The holder was forgotten (decision record 16): the clear copies of their card and bank details and of staff's
     * words go; the amounts stay.
     */
    @EventHandler
    void on(CitizenForgotten event) {
        Bson theirs = Filters.in(ACCOUNT_ID, event.accountIds());
        ReadModelBatch batch = ReadModelBatch.current();
        batch.write(readModel.deposits, new UpdateManyModel<>(theirs, Updates.unset(MASKED_PAN)));
        batch.write(readModel.payouts, new UpdateManyModel<>(theirs,
                Updates.combine(Updates.unset(BANK_ACCOUNT_MASKED), Updates.unset(REJECTION_REASON))));
        batch.write(readModel.autoTopUps, new UpdateManyModel<>(Filters.in(ID, event.accountIds()),
                Updates.combine(Updates.unset(MASKED_PAN), Updates.unset(CARD_EXPIRY))));
    }

    private static void replace(MongoCollection<Document> collection, String id, Document document) {
        ReadModelBatch.current().write(collection, new ReplaceOneModel<>(Filters.eq(ID, id), document, UPSERT));
    }

    private static void update(MongoCollection<Document> collection, String id, Bson update) {
        ReadModelBatch.current().write(collection, new UpdateOneModel<>(Filters.eq(ID, id), update));
    }
}
