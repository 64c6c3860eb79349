package dk.kantinekort.ui.citizen.relation;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.relation.ApproveAccountLink;
import dk.kantinekort.api.relation.RejectAccountLink;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Approve, reject or withdraw a link in the logged-in citizen's name. The command side decides who may; the
 * outcome comes back as a bundle key for the notice the view shows.
 */
@Component
public class LinkAnswers {

    private static final Logger log = LoggerFactory.getLogger(LinkAnswers.class);

    private final PortalCommands commands;
    private final CurrentCitizen currentCitizen;

    LinkAnswers(PortalCommands commands, CurrentCitizen currentCitizen) {
        this.commands = commands;
        this.currentCitizen = currentCitizen;
    }

    public Outcome approve(String relationId) {
        return send(new ApproveAccountLink(relationId, currentCitizen.require()), "relation.approved");
    }

    public Outcome reject(String relationId) {
        return send(new RejectAccountLink(relationId, currentCitizen.require()), "relation.rejected");
    }

    /** "Fjern adgang": the owner ends someone's access to them, at once. */
    public Outcome end(String relationId) {
        return send(new WithdrawAccountLink(relationId, currentCitizen.require()), "access.ended");
    }

    /** Deletes a request of one's own ("Slet"). */
    public Outcome withdraw(String relationId) {
        return send(new WithdrawAccountLink(relationId, currentCitizen.require()), "relation.withdrawn");
    }

    private Outcome send(Object command, String doneKey) {
        try {
            commands.send(command);
            return new Outcome(true, doneKey);
        } catch (RejectedException e) {
            return new Outcome(false, RelationRefusals.messageKey(e));
        } catch (IllegalStateException e) {
            log.warn("Link answer not delivered: {}", e.toString());
            return new Outcome(false, RelationRefusals.UNAVAILABLE);
        }
    }

    /** Whether the ledger took the answer, and the bundle key of the notice to show. */
    public record Outcome(boolean done, String messageKey) {
    }
}
