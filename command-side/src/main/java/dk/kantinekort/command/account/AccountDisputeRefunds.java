package dk.kantinekort.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.dispute.DisputeRefunded;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.dispute.CreditDisputeRefund;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Refunds of upheld disputes (Indsigelse) on a {@link CardAccount}: staff decided in the dispute case, so the credit
 * is always taken (also on a blocked card: it corrects the ledger), once per dispute.
 */
class AccountDisputeRefunds {

    private final String accountId;
    private final Supplier<Money> balance;
    private final Set<String> credited = new HashSet<>();

    AccountDisputeRefunds(String accountId, Supplier<Money> balance) {
        this.accountId = accountId;
        this.balance = balance;
    }

    @CommandHandler
    void handle(CreditDisputeRefund command) {
        if (credited.contains(command.disputeId())) {
            return;
        }
        apply(new DisputeRefunded(accountId, command.disputeId(), command.amount(),
                balance.get().plus(command.amount())));
    }

    @EventSourcingHandler
    void on(DisputeRefunded event) {
        credited.add(event.disputeId());
    }
}
