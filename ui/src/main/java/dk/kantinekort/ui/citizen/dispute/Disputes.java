package dk.kantinekort.ui.citizen.dispute;

import dk.kantinekort.api.dispute.DisputeView;
import dk.kantinekort.api.dispute.FindDisputesOfAccount;
import dk.kantinekort.api.dispute.OpenDispute;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Answers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Indsigelse for the portal: the disputes of an account by row, and opening one in the citizen's name. */
@Component
public class Disputes {

    private final PortalCommands commands;
    private final QueryGateway queries;
    private final SchemeParts parts;

    Disputes(PortalCommands commands, QueryGateway queries, SchemeParts parts) {
        this.commands = commands;
        this.queries = queries;
        this.parts = parts;
    }

    public boolean enabled() {
        return parts.isOn(SchemePart.DISPUTES);
    }

    /** The account's disputes by the reference of the row they dispute; empty when they cannot be read now. */
    Map<String, DisputeView> ofAccount(String accountId) {
        Map<String, DisputeView> byRow = new HashMap<>();
        try {
            List<DisputeView> all = Answers.await(queries.query(new FindDisputesOfAccount(accountId),
                    ResponseTypes.multipleInstancesOf(DisputeView.class)), "the disputes");
            if (all != null) {
                all.forEach(d -> byRow.putIfAbsent(d.rowReference(), d));
            }
        } catch (IllegalStateException e) {
            // the statement shows without the disputes' state; the buttons still work
        }
        return byRow;
    }

    /** Opens the dispute of a row; empty when taken, else the bundle key of why not. */
    Optional<String> open(String accountId, StatementRow row, String text) {
        try {
            commands.send(new OpenDispute(OpenDispute.idFor(accountId, row.id()), accountId, row.id(), row.type(),
                    row.amount(), row.at(), text));
            return Optional.empty();
        } catch (RejectedException e) {
            RejectionCode code = RejectedException.rejectionOf(e).map(Rejection::code).orElse(null);
            return Optional.of(code == RejectionCode.INVALID_REQUEST || code == RejectionCode.PART_SWITCHED_OFF
                    || code == RejectionCode.ACCESS_DENIED ? "dispute.refused." + code.name() : "dispute.refused.other");
        } catch (IllegalStateException e) {
            return Optional.of("dispute.refused.other");
        }
    }
}
