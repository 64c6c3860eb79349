package dk.kantinekort.command.notice.account;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.NoticesChosen;
import dk.kantinekort.api.notice.NoticesStopped;
import dk.kantinekort.api.payment.AutoTopUpFailed;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.subscription.SubscriptionChargeFailed;
import dk.kantinekort.api.webshop.DeliveryChargeFailed;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.relation.RelationDirectory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the ledger's events into notices for the citizens who chose them (Notifikationer), in a tracking processor
 * of its own: the till's purchase is answered before this runs, and a mail server that is down delays notices,
 * never a purchase. Each notice goes into the outbox in the transaction that stores the processor's token, keyed
 * by (event, recipient, kind), and is mailed after the commit by {@link NoticeSender}. A low balance is noticed when
 * an event takes the balance from at or above the chosen amount to under it; staying under sends nothing more.
 * A citizen who may no longer act on the account (their link ended) gets nothing, and a replay (a reset of the
 * processor) rebuilds the balances and choices without noticing anything again.
 */
@Component
@ProcessingGroup(NoticeProcessor.GROUP)
class NoticeProcessor {

    static final String GROUP = "account-notices";

    private final NoticeSubscriptions subscriptions;
    private final NoticeOutbox outbox;
    private final CitizenDirectory citizens;
    private final RelationDirectory relations;
    private final SchemeParts parts;
    private final NoticeSender sender;
    private final JdbcTemplate jdbc;

    NoticeProcessor(NoticeSubscriptions subscriptions, NoticeOutbox outbox, CitizenDirectory citizens,
                    RelationDirectory relations, SchemeParts parts, NoticeSender sender, JdbcTemplate jdbc) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.citizens = citizens;
        this.relations = relations;
        this.parts = parts;
        this.sender = sender;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NoticesChosen event) {
        if (subscriptions.of(event.accountId()).isEmpty()) {
            subscriptions.forgetBalance(event.accountId()); // what it remembers from an earlier choice is stale
        }
        subscriptions.choose(event);
    }

    @EventHandler
    void on(NoticesStopped event) {
        subscriptions.stop(event.accountId(), event.citizenId());
    }

    /**
     * Every event that moves money: a purchase notice, and a low balance when the balance crosses the amount. An
     * account nobody chose notices for costs one look-up: its balance is remembered only while somebody listens,
     * and a purchase states the balance before it itself (the balance after plus the total).
     */
    @EventHandler
    void on(BalanceChanged event, EventMessage<?> message, @Timestamp Instant at,
            ReplayStatus replay) {
        List<NoticeSubscriptions.Subscription> listening = subscriptions.of(event.accountId());
        if (listening.isEmpty()) {
            return;
        }
        Optional<Money> remembered = subscriptions.balance(event.accountId());
        Optional<Money> before = event instanceof PurchaseMade purchase
                ? Optional.of(purchase.balanceAfter().plus(purchase.total())) : remembered;
        subscriptions.balance(event.accountId(), event.balanceAfter(), remembered.isPresent());
        if (replay.isReplay()) {
            return; // a replay rebuilds the balances; what it passes was noticed (or not) the first time
        }
        if (event instanceof PurchaseMade purchase) {
            Map<String, String> facts = facts("amount", purchase.total(), "balanceAfter", purchase.balanceAfter());
            facts.put("place", placeName(purchase.placeId()));
            notify(purchase.accountId(), listening, NoticeKind.PURCHASE, message, at, facts);
        }
        for (NoticeSubscriptions.Subscription s : wanting(event.accountId(), listening, NoticeKind.LOW_BALANCE)) {
            Money threshold = s.lowBalanceBelow();
            boolean crossed = threshold != null && event.balanceAfter().isLessThan(threshold)
                    && before.map(b -> !b.isLessThan(threshold)).orElse(false);
            if (crossed) {
                enqueue(s, NoticeKind.LOW_BALANCE, message, at,
                        facts("balanceAfter", event.balanceAfter(), "threshold", threshold));
            }
        }
    }

    @EventHandler
    void on(PurchaseDeclined event, EventMessage<?> message, @Timestamp Instant at,
            ReplayStatus replay) {
        if (event.accountId() == null || replay.isReplay()) {
            return;
        }
        List<NoticeSubscriptions.Subscription> listening = subscriptions.of(event.accountId());
        if (listening.isEmpty()) {
            return;
        }
        Map<String, String> facts = facts("amount", event.total());
        facts.put("reason", event.reason() == null ? "" : event.reason().name());
        facts.put("place", placeName(event.placeId()));
        notify(event.accountId(), listening, NoticeKind.DECLINED_PURCHASE, message, at, facts);
    }

    @EventHandler
    void on(AutoTopUpFailed event, EventMessage<?> message, @Timestamp Instant at,
            ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        failedCharge(event.accountId(), "AUTO_TOP_UP", null, event.reason().name(), message, at);
    }

    @EventHandler
    void on(DeliveryChargeFailed event, EventMessage<?> message, @Timestamp Instant at,
            ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        failedCharge(event.accountId(), "WEBSHOP", event.amount(), event.reason().name(), message, at);
    }

    @EventHandler
    void on(SubscriptionChargeFailed event, EventMessage<?> message, @Timestamp Instant at,
            ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        failedCharge(event.accountId(), "SUBSCRIPTION", event.amount(), event.reason().name(), message, at);
    }

    private void failedCharge(String accountId, String what, Money amount, String reason, EventMessage<?> message,
                              Instant at) {
        Map<String, String> facts = amount == null ? new LinkedHashMap<>() : facts("amount", amount);
        facts.put("charge", what);
        facts.put("reason", reason);
        notify(accountId, NoticeKind.FAILED_CHARGE, message, at, facts);
    }

    private void notify(String accountId, NoticeKind kind, EventMessage<?> message, Instant at,
                        Map<String, String> facts) {
        if (accountId != null) {
            notify(accountId, subscriptions.of(accountId), kind, message, at, facts);
        }
    }

    private void notify(String accountId, List<NoticeSubscriptions.Subscription> listening, NoticeKind kind,
                        EventMessage<?> message, Instant at, Map<String, String> facts) {
        for (NoticeSubscriptions.Subscription s : wanting(accountId, listening, kind)) {
            enqueue(s, kind, message, at, facts);
        }
    }

    /** The subscriptions that want this kind and may still act on the account; none while the part is off. */
    private List<NoticeSubscriptions.Subscription> wanting(String accountId,
                                                           List<NoticeSubscriptions.Subscription> listening,
                                                           NoticeKind kind) {
        if (!parts.isOn(SchemePart.NOTICES) || accountId == null) {
            return List.of();
        }
        List<NoticeSubscriptions.Subscription> wanted = listening.stream().filter(s -> s.wants(kind)).toList();
        if (wanted.isEmpty()) {
            return wanted;
        }
        Optional<String> owner = citizens.ownerOf(accountId);
        return wanted.stream().filter(s -> owner.filter(o -> relations.mayActFor(s.citizenId(), o)).isPresent())
                .toList();
    }

    private void enqueue(NoticeSubscriptions.Subscription s, NoticeKind kind, EventMessage<?> message, Instant at,
                         Map<String, String> facts) {
        boolean added = outbox.add(new NoticeOutbox.Notice(message.getIdentifier(), s.citizenId(), kind,
                s.accountId(), s.delivery(), facts, s.addressSealed(), at, 0));
        if (added && CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> sender.soon());
        }
    }

    private String placeName(String placeId) {
        if (placeId == null) {
            return "";
        }
        return jdbc.queryForList("SELECT name FROM places WHERE place_id = ?", String.class, placeId).stream()
                .findFirst().orElse("");
    }

    private static Map<String, String> facts(Object... keysAndAmounts) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndAmounts.length; i += 2) {
            facts.put((String) keysAndAmounts[i], String.valueOf(((Money) keysAndAmounts[i + 1]).ore()));
        }
        return facts;
    }
}
