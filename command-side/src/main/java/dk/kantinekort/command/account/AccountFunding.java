package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_BLOCKED;
import static dk.kantinekort.api.error.RejectionCode.AUTO_TOP_UP_ALREADY_ACTIVE;
import static dk.kantinekort.api.error.RejectionCode.BALANCE_LIMIT_EXCEEDED;
import static dk.kantinekort.api.error.RejectionCode.IDEMPOTENCY_KEY_REUSED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NO_AUTO_TOP_UP;
import static dk.kantinekort.api.error.RejectionCode.PAYMENT_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AbandonDeposit;
import dk.kantinekort.api.payment.ActivateAutoTopUp;
import dk.kantinekort.api.payment.AutoTopUpAgreed;
import dk.kantinekort.api.payment.AutoTopUpCancelled;
import dk.kantinekort.api.payment.AutoTopUpFailed;
import dk.kantinekort.api.payment.AutoTopUpSignupRequested;
import dk.kantinekort.api.payment.AutoTopUpTriggered;
import dk.kantinekort.api.payment.BeginAutoTopUpCharge;
import dk.kantinekort.api.payment.CancelAutoTopUp;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.CompleteAutoTopUp;
import dk.kantinekort.api.payment.DeclineDeposit;
import dk.kantinekort.api.payment.DepositAbandoned;
import dk.kantinekort.api.payment.DepositDeclined;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.payment.EndAutoTopUpOfFormerLink;
import dk.kantinekort.api.payment.FailAutoTopUp;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentDiscrepancyFound;
import dk.kantinekort.api.payment.RecordPaymentCheckout;
import dk.kantinekort.api.payment.ReceiptResendRequested;
import dk.kantinekort.api.payment.RecordPaymentDiscrepancy;
import dk.kantinekort.api.payment.RequestAutoTopUpSignup;
import dk.kantinekort.api.payment.RequestDeposit;
import dk.kantinekort.api.payment.ResendReceipt;
import dk.kantinekort.api.payment.SettleDeposit;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.command.citizen.AccountHolderSeal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The money that comes onto a card account through a payment provider (F6, F7): open deposits, the automatic
 * top-up agreement and the one top-up in flight. Part of the {@link CardAccount} aggregate, so a deposit is
 * credited exactly once and never onto a blocked card, decided under the same lock as every purchase.
 */
class AccountFunding {

    private static final Set<DepositMethod> PROVIDER_METHODS = EnumSet.of(DepositMethod.PAYMENT_CARD,
            DepositMethod.MOBILEPAY);

    private final String accountId;
    private final Supplier<Money> balance;
    private final BooleanSupplier blocked;
    private final Map<String, OpenDeposit> openDeposits = new HashMap<>();
    private final Set<String> closedDeposits = new HashSet<>();
    /** What the receipt of each settled deposit said, and when, so staff can send it again. */
    private final Map<String, SettledReceipt> receipts = new HashMap<>();
    private final Set<String> reportedDiscrepancies = new HashSet<>();
    private PendingAgreement pendingAgreement;
    private AutoTopUpAgreed agreement;
    private AutoTopUpTriggered topUpInFlight;
    private final Set<String> topUpPurchases = new HashSet<>();

    AccountFunding(String accountId, Supplier<Money> balance, BooleanSupplier blocked) {
        this.accountId = accountId;
        this.balance = balance;
        this.blocked = blocked;
    }

    /**
     * Indbetaling from the portal: the terms price it (fee, bounds, sealed receipt e-mail, links on the portal), the
     * account decides and records the deposit; the provider is asked afterwards, by the payment-checkout process.
     */
    @CommandHandler
    void handle(StartDeposit command, DepositPricing terms) {
        handle(terms.deposit(command));
    }

    /** Automatisk optankning from the portal: priced by the terms, decided here, the card page asked afterwards. */
    @CommandHandler
    void handle(StartAutoTopUpSignup command, DepositPricing terms,
                @MetaDataValue(Metadata.ACTOR) String actor) {
        handle(terms.autoTopUp(command), actor);
    }

    @CommandHandler
    void handle(RequestDeposit command) {
        if (openDeposits.containsKey(command.depositId()) || closedDeposits.contains(command.depositId())) {
            throw new RejectedException(IDEMPOTENCY_KEY_REUSED, "The deposit id is taken");
        }
        if (!PROVIDER_METHODS.contains(command.method())) {
            throw new RejectedException(INVALID_REQUEST, "A provider deposit is paid by card or MobilePay");
        }
        requireCreditable(command.amount());
        if (command.fee() == null || command.fee().isNegative()) {
            throw new RejectedException(INVALID_REQUEST, "The fee may not be negative");
        }
        apply(new DepositRequested(accountId, command.depositId(), command.amount(), command.fee(), command.method(),
                command.receiptEmail(), command.links()));
    }

    private void requireCreditable(Money amount) {
        if (amount == null || !amount.isPositive() || amount.isGreaterThan(Limits.MAX_DEPOSIT)) {
            throw new RejectedException(INVALID_REQUEST, "A deposit is between 0,01 and " + Limits.MAX_DEPOSIT);
        }
        if (blocked.getAsBoolean()) {
            throw new RejectedException(ACCOUNT_BLOCKED, "No deposits while the card is blocked");
        }
        if (balance.get().plus(amount).isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(BALANCE_LIMIT_EXCEEDED, "The balance may not exceed " + Limits.MAX_BALANCE);
        }
    }

    @CommandHandler
    void handle(RecordPaymentCheckout command) {
        Money expected;
        if (command.purpose() == CheckoutPurpose.DEPOSIT) {
            OpenDeposit deposit = openDeposits.get(command.checkoutId());
            if (deposit == null || command.paymentId().equals(deposit.paymentId())) {
                return; // closed meanwhile, or recorded already
            }
            expected = deposit.total();
        } else {
            if (pendingAgreement == null || !pendingAgreement.agreementId().equals(command.checkoutId())) {
                return;
            }
            expected = Money.ZERO;
        }
        apply(new PaymentCheckoutCreated(accountId, command.checkoutId(), command.paymentId(), command.purpose(),
                expected, command.hostedPageUrl()));
    }

    @CommandHandler
    void handle(DeclineDeposit command) {
        if (openDeposits.containsKey(command.depositId())) {
            apply(new DepositDeclined(accountId, command.depositId(), command.paymentId(), command.reason()));
        }
    }

    /**
     * Credits a charged deposit once. The card may have been blocked since the payment started: the money is
     * taken then, so it is credited all the same. A charge that differs from amount + fee is left to staff.
     */
    @CommandHandler
    Money handle(SettleDeposit command, AccountHolderSeal seal) {
        if (closedDeposits.contains(command.depositId())) {
            return balance.get();
        }
        OpenDeposit deposit = openDeposits.get(command.depositId());
        if (deposit == null) {
            throw new RejectedException(PAYMENT_NOT_FOUND, "No open deposit " + command.depositId());
        }
        Money after = balance.get().plus(deposit.amount());
        if (!command.charged().equals(deposit.total()) || after.isGreaterThan(Limits.MAX_BALANCE)) {
            String why = command.charged().equals(deposit.total())
                    ? "The balance would exceed " + Limits.MAX_BALANCE : "Charged amount differs from amount + fee";
            reportDiscrepancy(command.depositId(), command.paymentId(), deposit.total(), command.charged(), why);
            return balance.get();
        }
        apply(new MoneyDeposited(accountId, command.depositId(), deposit.amount(), deposit.method(),
                command.paymentId(), null, after));
        apply(new DepositSettled(accountId, command.depositId(), command.paymentId(), deposit.amount(), deposit.fee(),
                deposit.method(), command.cardBrand(), seal.seal(accountId, command.maskedPan()), deposit.receiptEmail()));
        return after;
    }

    /**
     * Staff credit a payment the citizen documents for a deposit that is still open ("indbetalt, men pengene er ikke
     * gået ind"): the credit is the deposit's amount and settles the deposit, so a later webhook or reconciliation run
     * for the same payment finds it closed and credits nothing more. Like a provider settlement it is credited on a
     * blocked card too (the money was taken).
     */
    Money settleByStaffCredit(DepositMoney command, SealedData reference) {
        OpenDeposit deposit = openDeposits.get(command.settlesDepositId());
        if (deposit == null) {
            throw new RejectedException(PAYMENT_NOT_FOUND, "No open deposit " + command.settlesDepositId()
                    + ": it is settled or abandoned already");
        }
        if (command.method() != DepositMethod.MANUAL_CORRECTION) {
            throw new RejectedException(INVALID_REQUEST, "Only a manual correction settles an open deposit");
        }
        if (!deposit.amount().equals(command.amount())) {
            throw new RejectedException(INVALID_REQUEST, "The credit of deposit " + command.settlesDepositId()
                    + " is its amount " + deposit.amount());
        }
        Money after = balance.get().plus(deposit.amount());
        if (after.isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(BALANCE_LIMIT_EXCEEDED, "The balance may not exceed " + Limits.MAX_BALANCE);
        }
        apply(new MoneyDeposited(accountId, command.depositId(), deposit.amount(), DepositMethod.MANUAL_CORRECTION,
                null, reference, after));
        apply(new DepositSettled(accountId, command.settlesDepositId(), deposit.paymentId(), deposit.amount(),
                deposit.fee(), deposit.method(), null, null, deposit.receiptEmail(), command.depositId()));
        return after;
    }

    @CommandHandler
    void handle(AbandonDeposit command) {
        if (openDeposits.containsKey(command.depositId())) {
            apply(new DepositAbandoned(accountId, command.depositId(), command.reason()));
        }
    }

    @CommandHandler
    void handle(RecordPaymentDiscrepancy command) {
        reportDiscrepancy(command.checkoutId(), command.paymentId(), command.expected(), command.charged(),
                command.description());
    }

    private void reportDiscrepancy(String checkoutId, String paymentId, Money expected, Money charged, String why) {
        if (reportedDiscrepancies.add(checkoutId + "|" + paymentId + "|" + charged.ore())) {
            apply(new PaymentDiscrepancyFound(accountId, checkoutId, paymentId, expected, charged, why));
        }
    }

    @CommandHandler
    void handle(RequestAutoTopUpSignup command, @MetaDataValue(Metadata.ACTOR) String actor) {
        if (agreement != null) {
            throw new RejectedException(AUTO_TOP_UP_ALREADY_ACTIVE,
                    "Automatic top-up is on; cancel it before agreeing a new one");
        }
        requireCreditable(command.amount());
        if (command.threshold() == null || command.threshold().isNegative()) {
            throw new RejectedException(INVALID_REQUEST, "The threshold may not be negative");
        }
        apply(new AutoTopUpSignupRequested(accountId, command.agreementId(), command.amount(), command.fee(),
                command.threshold(), command.receiptEmail(), Metadata.citizenIdOf(actor), command.links()));
    }

    @CommandHandler
    void handle(ActivateAutoTopUp command, AccountHolderSeal seal) {
        if (pendingAgreement == null || !pendingAgreement.agreementId().equals(command.agreementId())) {
            return; // active already, or cancelled before the card was saved
        }
        PendingAgreement p = pendingAgreement;
        apply(new AutoTopUpAgreed(accountId, p.agreementId(), p.amount(), p.fee(), p.threshold(),
                seal.seal(accountId, command.savedCardToken()), command.cardBrand(),
                seal.seal(accountId, command.maskedPan()), seal.seal(accountId, command.cardExpiry()),
                p.receiptEmail(), p.madeBy()));
    }

    @CommandHandler
    void handle(CancelAutoTopUp command) {
        String agreementId = agreement != null ? agreement.agreementId()
                : pendingAgreement != null ? pendingAgreement.agreementId() : null;
        if (agreementId == null) {
            throw new RejectedException(NO_AUTO_TOP_UP, "Automatic top-up is not on");
        }
        apply(new AutoTopUpCancelled(accountId, agreementId));
    }

    /**
     * The link of the citizen who made the automatic top-up agreement (agreed or waiting for the card) to the
     * account's owner has ended: the agreement ends with it, so their card is no longer charged and no receipt goes
     * to them. An agreement the owner or anyone else made stays.
     */
    @CommandHandler
    void handle(EndAutoTopUpOfFormerLink command) {
        String madeBy = agreement != null ? agreement.madeBy()
                : pendingAgreement != null ? pendingAgreement.madeBy() : null;
        if (madeBy != null && madeBy.equals(command.citizenId())) {
            apply(new AutoTopUpCancelled(accountId, agreement != null ? agreement.agreementId()
                    : pendingAgreement.agreementId()));
        }
    }

    /** The holder is being forgotten: an agreed or waiting automatic top-up ends (its saved card becomes unreadable). */
    void endForErasure() {
        String agreementId = agreement != null ? agreement.agreementId()
                : pendingAgreement != null ? pendingAgreement.agreementId() : null;
        if (agreementId != null) {
            apply(new AutoTopUpCancelled(accountId, agreementId));
        }
    }

    /**
     * After an approved till purchase: triggers one top-up when the balance fell under the agreed threshold and
     * none is in flight (F7). Answers whether it did, for the till's answer.
     */
    boolean topUpAfterPurchase(String purchaseId, Money balanceAfter) {
        if (agreement == null || topUpInFlight != null || !balanceAfter.isLessThan(agreement.threshold())
                || balanceAfter.plus(agreement.amount()).isGreaterThan(Limits.MAX_BALANCE)) {
            return false;
        }
        apply(new AutoTopUpTriggered(accountId, "topup-" + purchaseId, agreement.agreementId(), purchaseId,
                agreement.amount(), agreement.fee(), agreement.savedCardToken()));
        return true;
    }

    boolean triggeredTopUp(String purchaseId) {
        return topUpPurchases.contains(purchaseId);
    }

    /** Whether the triggered top-up may be charged now; a blocked card or a cancelled agreement ends it here. */
    @CommandHandler
    boolean handle(BeginAutoTopUpCharge command) {
        if (topUpInFlight == null || !topUpInFlight.topUpId().equals(command.topUpId())) {
            return false; // finished already: a redelivered event after a restart
        }
        if (blocked.getAsBoolean()) {
            apply(new AutoTopUpFailed(accountId, command.topUpId(), PaymentDeclineReason.CANTEEN_CARD_BLOCKED));
            return false;
        }
        if (agreement == null || !agreement.agreementId().equals(topUpInFlight.agreementId())) {
            apply(new AutoTopUpFailed(accountId, command.topUpId(), PaymentDeclineReason.DECLINED));
            return false;
        }
        return true;
    }

    @CommandHandler
    void handle(CompleteAutoTopUp command) {
        if (topUpInFlight == null || !topUpInFlight.topUpId().equals(command.topUpId())) {
            return;
        }
        AutoTopUpTriggered topUp = topUpInFlight;
        Money after = balance.get().plus(topUp.amount());
        apply(new MoneyDeposited(accountId, topUp.topUpId(), topUp.amount(), DepositMethod.AUTO_TOP_UP,
                command.paymentId(), null, after));
        apply(new DepositSettled(accountId, topUp.topUpId(), command.paymentId(), topUp.amount(), topUp.fee(),
                DepositMethod.AUTO_TOP_UP, agreement == null ? null : agreement.cardBrand(),
                agreement == null ? null : agreement.maskedPan(),
                agreement == null ? null : agreement.receiptEmail()));
    }

    /** Sends a settled deposit's receipt again (staff, on the citizen's request); only a settled one has one. */
    @CommandHandler
    void handle(ResendReceipt command) {
        SettledReceipt receipt = receipts.get(command.depositId());
        if (receipt == null) {
            throw new RejectedException(PAYMENT_NOT_FOUND, "No settled deposit " + command.depositId());
        }
        DepositSettled settled = receipt.settled();
        apply(new ReceiptResendRequested(accountId, settled.depositId(), settled.paymentId(), settled.amount(),
                settled.fee(), settled.method(), settled.cardBrand(), settled.maskedPan(), settled.receiptEmail(),
                receipt.at()));
    }

    @CommandHandler
    void handle(FailAutoTopUp command) {
        if (topUpInFlight != null && topUpInFlight.topUpId().equals(command.topUpId())) {
            apply(new AutoTopUpFailed(accountId, command.topUpId(), command.reason()));
        }
    }

    @EventSourcingHandler
    void on(DepositRequested event) {
        openDeposits.put(event.depositId(), new OpenDeposit(event.amount(), event.fee(), event.method(),
                event.receiptEmail(), null));
    }

    @EventSourcingHandler
    void on(PaymentCheckoutCreated event) {
        openDeposits.computeIfPresent(event.checkoutId(), (id, deposit) -> new OpenDeposit(deposit.amount(),
                deposit.fee(), deposit.method(), deposit.receiptEmail(), event.paymentId()));
    }

    @EventSourcingHandler
    void on(DepositSettled event, @Timestamp Instant at) {
        receipts.put(event.depositId(), new SettledReceipt(event, at));
        openDeposits.remove(event.depositId());
        closedDeposits.add(event.depositId());
        if (topUpInFlight != null && topUpInFlight.topUpId().equals(event.depositId())) {
            topUpInFlight = null;
        }
    }

    @EventSourcingHandler
    void on(DepositAbandoned event) {
        openDeposits.remove(event.depositId());
        closedDeposits.add(event.depositId());
    }

    @EventSourcingHandler
    void on(PaymentDiscrepancyFound event) {
        reportedDiscrepancies.add(event.checkoutId() + "|" + event.paymentId() + "|" + event.charged().ore());
    }

    @EventSourcingHandler
    void on(AutoTopUpSignupRequested event) {
        pendingAgreement = new PendingAgreement(event.agreementId(), event.amount(), event.fee(), event.threshold(),
                event.receiptEmail(), event.madeBy());
    }

    @EventSourcingHandler
    void on(AutoTopUpAgreed event) {
        pendingAgreement = null;
        agreement = event;
    }

    @EventSourcingHandler
    void on(AutoTopUpCancelled event) {
        pendingAgreement = null;
        agreement = null;
    }

    @EventSourcingHandler
    void on(AutoTopUpTriggered event) {
        topUpInFlight = event;
        topUpPurchases.add(event.purchaseId());
    }

    @EventSourcingHandler
    void on(AutoTopUpFailed event) {
        topUpInFlight = null;
    }

    private record OpenDeposit(Money amount, Money fee, DepositMethod method, SealedData receiptEmail,
                               String paymentId) {

        Money total() {
            return amount.plus(fee);
        }
    }

    private record SettledReceipt(DepositSettled settled, Instant at) {
    }

    private record PendingAgreement(String agreementId, Money amount, Money fee, Money threshold,
                                    SealedData receiptEmail, String madeBy) {
    }
}
