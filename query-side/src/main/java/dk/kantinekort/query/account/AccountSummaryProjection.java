package dk.kantinekort.query.account;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AllowedUnitsChanged;
import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.AccountUnblocked;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static dk.kantinekort.query.account.AccountCollections.ACCOUNT_ID;
import static dk.kantinekort.query.account.AccountCollections.ALLOWED_UNITS;
import static dk.kantinekort.query.account.AccountCollections.BALANCE;
import static dk.kantinekort.query.account.AccountCollections.CITIZEN_ID;
import static dk.kantinekort.query.account.AccountCollections.CPR_MASKED;
import static dk.kantinekort.query.account.AccountCollections.CURRENT_CARD;
import static dk.kantinekort.query.account.AccountCollections.DISPLAY_NAME;
import static dk.kantinekort.query.account.AccountCollections.FORMER_CARDS;
import static dk.kantinekort.query.account.AccountCollections.HOLDER_NAME;
import static dk.kantinekort.query.account.AccountCollections.ID;
import static dk.kantinekort.query.account.AccountCollections.LAST_CHANGED_AT;
import static dk.kantinekort.query.account.AccountCollections.STATUS;

/**
 * Keeps one summary per card account and the card-number look-up. Every write is absolute (balances are SET
 * from the events' balanceAfter, card numbers added to sets), so a replayed event changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class AccountSummaryProjection {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final AccountCollections collections;
    private final CitizenReadModel citizens;
    private final PersonalData personalData;

    AccountSummaryProjection(AccountCollections collections, CitizenReadModel citizens, PersonalData personalData) {
        this.collections = collections;
        this.citizens = citizens;
        this.personalData = personalData;
    }

    /** A rebuild (replay from the first event) starts from empty summaries and card numbers. */
    @ResetHandler
    void reset() {
        collections.summaries.deleteMany(new Document());
        collections.cardNumbers.deleteMany(new Document());
    }

    /** The account's own name only when it was given one; the portal words the usual name of a card account. */
    @EventHandler
    void on(CardAccountOpened event, @Timestamp Instant at) {
        CitizenReadModel.Citizen citizen = citizens.accountOpened(event.citizenId(), event.accountId());
        change(event.accountId(), at,
                Updates.set(CITIZEN_ID, event.citizenId()),
                Updates.set(DISPLAY_NAME, personalData.reveal(event.name()).orElse(null)),
                Updates.set(ALLOWED_UNITS, names(event.allowedUnits())),
                Updates.set(HOLDER_NAME, citizen.name()),
                Updates.set(CPR_MASKED, citizen.cprMasked()),
                // on insert only: a replayed opening must not undo later balance or status changes
                Updates.setOnInsert(BALANCE, 0L),
                Updates.setOnInsert(STATUS, AccountStatus.ACTIVE.name()),
                Updates.setOnInsert(FORMER_CARDS, List.of()));
    }

    @EventHandler
    void on(CardIssued event, @Timestamp Instant at) {
        recordCard(event.cardNumber(), event.accountId());
        change(event.accountId(), at, Updates.set(CURRENT_CARD, event.cardNumber().value()));
    }

    @EventHandler
    void on(ReplacementCardProduced event, @Timestamp Instant at) {
        recordCard(event.newCardNumber(), event.accountId());
        recordCard(event.oldCardNumber(), event.accountId());
        change(event.accountId(), at,
                Updates.set(CURRENT_CARD, event.newCardNumber().value()),
                Updates.addToSet(FORMER_CARDS, event.oldCardNumber().value()));
    }

    /** A lost card: the card is blocked, the account stays as it is (decision record 21). */
    @EventHandler
    void on(CardBlocked event, @Timestamp Instant at) {
        change(event.accountId(), at, Updates.set(AccountCollections.CARD_STATUS, AccountStatus.BLOCKED.name()),
                Updates.set(AccountCollections.CARD_BLOCKED_BY, event.blockedBy() == null
                        ? BlockOrigin.STAFF.name() : event.blockedBy().name()));
    }

    @EventHandler
    void on(CardUnblocked event, @Timestamp Instant at) {
        change(event.accountId(), at, Updates.set(AccountCollections.CARD_STATUS, AccountStatus.ACTIVE.name()),
                Updates.unset(AccountCollections.CARD_BLOCKED_BY));
    }

    @EventHandler
    void on(AccountBlocked event, @Timestamp Instant at) {
        change(event.accountId(), at, Updates.set(STATUS, AccountStatus.BLOCKED.name()),
                Updates.set(AccountCollections.BLOCKED_BY, event.blockedBy() == null
                        ? BlockOrigin.STAFF.name() : event.blockedBy().name()));
    }

    @EventHandler
    void on(AccountUnblocked event, @Timestamp Instant at) {
        change(event.accountId(), at, Updates.set(STATUS, AccountStatus.ACTIVE.name()),
                Updates.unset(AccountCollections.BLOCKED_BY));
    }

    @EventHandler
    void on(AllowedUnitsChanged event, @Timestamp Instant at) {
        change(event.accountId(), at, Updates.set(ALLOWED_UNITS, names(event.allowedUnits())));
    }

    /** Purchases, refunds, deposits, fees and payouts all state the balance they left: set it. */
    @EventHandler
    void on(BalanceChanged event, @Timestamp Instant at) {
        change(event.accountId(), at, Updates.set(BALANCE, event.balanceAfter().ore()));
    }

    private void change(String accountId, Instant at, Bson... updates) {
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(Updates.set(LAST_CHANGED_AT, Date.from(at)));
        ReadModelBatch.current().write(collections.summaries,
                new UpdateOneModel<>(Filters.eq(ID, accountId), Updates.combine(all), UPSERT));
    }

    private void recordCard(CardNumber cardNumber, String accountId) {
        ReadModelBatch.current().write(collections.cardNumbers,
                new UpdateOneModel<>(Filters.eq(ID, cardNumber.value()), Updates.set(ACCOUNT_ID, accountId), UPSERT));
    }

    private static List<String> names(Set<UnitKind> units) {
        return units == null ? List.of() : units.stream().map(Enum::name).sorted().toList();
    }
}
