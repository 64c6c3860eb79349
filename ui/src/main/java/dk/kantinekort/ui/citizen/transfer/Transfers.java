package dk.kantinekort.ui.citizen.transfer;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.transfer.FindTransfer;
import dk.kantinekort.api.transfer.TransferMoney;
import dk.kantinekort.api.transfer.TransferView;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Answers;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Overfør for the portal: sends the transfer in the citizen's name (the command side checks both accounts) and
 * follows it on the read side until it is done or given back. Refusals become bundle keys.
 */
@Component
public class Transfers {

    private static final Set<RejectionCode> EXPLAINED = EnumSet.of(RejectionCode.INSUFFICIENT_FUNDS,
            RejectionCode.ACCOUNT_BLOCKED, RejectionCode.ACCESS_DENIED, RejectionCode.SAME_ACCOUNT,
            RejectionCode.INVALID_REQUEST, RejectionCode.BALANCE_LIMIT_EXCEEDED, RejectionCode.ACCOUNT_NOT_FOUND,
            RejectionCode.PART_SWITCHED_OFF);

    private final PortalCommands commands;
    private final QueryGateway queries;
    private final SchemeParts parts;

    Transfers(PortalCommands commands, QueryGateway queries, SchemeParts parts) {
        this.commands = commands;
        this.queries = queries;
        this.parts = parts;
    }

    /** Whether the municipality offers Overfør. */
    public boolean enabled() {
        return parts.isOn(SchemePart.TRANSFERS);
    }

    /**
     * Sends the transfer; empty when the source took it (the credit follows), else the bundle key of the refusal.
     * The same {@code transferId} again (a double click, a retry) moves nothing more.
     */
    Optional<String> send(String transferId, String fromAccountId, String toAccountId, Money amount) {
        try {
            commands.send(new TransferMoney(fromAccountId, transferId, toAccountId, amount));
            return Optional.empty();
        } catch (RejectedException e) {
            return Optional.of(refusalKey(RejectedException.rejectionOf(e).map(Rejection::code).orElse(null)));
        } catch (IllegalStateException e) {
            return Optional.of("transfer.refused.other");
        }
    }

    /** The transfer as the read side knows it; empty until it has seen the debit. */
    Optional<TransferView> find(String transferId) {
        return Optional.ofNullable(Answers.await(queries.query(new FindTransfer(transferId), TransferView.class),
                "the transfer"));
    }

    /** Why the other account gave a transfer back, as a bundle key. */
    static String reversalKey(RejectionCode code) {
        return code == RejectionCode.ACCOUNT_BLOCKED || code == RejectionCode.BALANCE_LIMIT_EXCEEDED
                ? "transfer.reversed." + code.name() : "transfer.reversed.other";
    }

    static String refusalKey(RejectionCode code) {
        return code != null && EXPLAINED.contains(code) ? "transfer.refused." + code.name() : "transfer.refused.other";
    }
}
