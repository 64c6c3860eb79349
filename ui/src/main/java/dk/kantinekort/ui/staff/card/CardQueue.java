package dk.kantinekort.ui.staff.card;

import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.ListPendingCardReplacements;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kortbestillinger (F11, F16): replacement cards ordered and not produced yet, oldest first, with the holder and
 * the address to send the card to, as recorded when it was ordered (a later change of address, perhaps by a linked
 * person, does not redirect the card); "produced and sent" makes the new card the account's and closes the old.
 */
class CardQueue {

    private static final Logger log = LoggerFactory.getLogger(CardQueue.class);

    /** One order as the page lists it; card numbers masked, the address empty when the person has none. */
    record Row(String accountId, String orderId, String holderName, String oldCardMasked, String newCardMasked,
               Instant orderedAt, String address) {
    }

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final Set<String> produced = new HashSet<>();

    CardQueue(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The queue; throws IllegalStateException when the read side is away. */
    List<Row> pending() {
        return queries.list(new ListPendingCardReplacements(), PendingCardReplacement.class).stream()
                .filter(order -> !produced.contains(order.orderId()))
                .map(this::row)
                .toList();
    }

    /** The address is the one recorded when the card was ordered, not the person's address now. */
    private Row row(PendingCardReplacement order) {
        Optional<AccountSummary> account = queries.account(order.accountId());
        return new Row(order.accountId(), order.orderId(), account.map(AccountSummary::holderName).orElse(""),
                masked(order.oldCardNumber()), masked(order.newCardNumber()), order.orderedAt(),
                order.deliveryAddress() == null ? "" : order.deliveryAddress());
    }

    private static String masked(String cardNumber) {
        return cardNumber == null || !CardNumber.isValid(cardNumber) ? "" : CardNumber.parse(cardNumber).masked();
    }

    Outcome produce(Row row) {
        Outcome outcome = Outcome.of(() -> commands.send(new ProduceReplacementCard(row.accountId(), row.orderId())),
                "backoffice.cards.produced");
        if (outcome.done()) {
            produced.add(row.orderId());
        }
        return outcome;
    }
}
