package dk.kantinekort.query.payment;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Deposits through the payment provider, automatic top-up agreements, payout requests and the payments staff must
 * look at (F6, F7, F8), as the portal and the admin API show them. No e-mail or bank account in clear.
 */
@Component
class PaymentReadModel {

    static final String ID = "_id";
    static final String ACCOUNT_ID = "accountId";
    static final String STATE = "state";
    static final String AMOUNT = "amount";
    static final String FEE = "fee";
    static final String METHOD = "method";
    static final String PAYMENT_ID = "paymentId";
    static final String CARD_BRAND = "cardBrand";
    static final String MASKED_PAN = "maskedPan";
    static final String CARD_EXPIRY = "cardExpiry";
    static final String LAST_DECLINE = "lastDecline";
    static final String REQUESTED_AT = "requestedAt";
    static final String SETTLED_AT = "settledAt";
    static final String THRESHOLD = "threshold";
    static final String LAST_ATTEMPT_AT = "lastAttemptAt";
    static final String LAST_ATTEMPT_SUCCEEDED = "lastAttemptSucceeded";
    static final String LAST_FAILURE = "lastFailure";
    static final String BALANCE_AT_REQUEST = "balanceAtRequest";
    static final String PAID_OUT = "paidOut";
    static final String BANK_ACCOUNT_MASKED = "bankAccountMasked";
    static final String REJECTION_REASON = "rejectionReason";
    static final String DECIDED_AT = "decidedAt";
    static final String CHECKOUT_ID = "checkoutId";
    static final String EXPECTED = "expected";
    static final String CHARGED = "charged";
    static final String DESCRIPTION = "description";
    static final String FOUND_AT = "foundAt";

    final MongoCollection<Document> deposits;
    final MongoCollection<Document> autoTopUps;
    final MongoCollection<Document> payouts;
    final MongoCollection<Document> discrepancies;

    PaymentReadModel(MongoDatabase readModelDatabase) {
        deposits = readModelDatabase.getCollection("deposits");
        autoTopUps = readModelDatabase.getCollection("auto_top_ups");
        payouts = readModelDatabase.getCollection("payouts");
        discrepancies = readModelDatabase.getCollection("payment_discrepancies");
        deposits.createIndex(Indexes.ascending(ACCOUNT_ID));
        payouts.createIndex(Indexes.ascending(ACCOUNT_ID));
        payouts.createIndex(Indexes.ascending(STATE));
    }
}
