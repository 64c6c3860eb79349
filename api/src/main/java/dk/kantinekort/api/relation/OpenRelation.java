package dk.kantinekort.api.relation;

import dk.kantinekort.api.citizen.SealedData;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a link between requester and owner; sent by the command side's request handler once it has resolved the
 * CPR number. {@code ownerId} is null when nobody has that CPR number (the request then waits for ever, unanswered,
 * and the requester can delete it). {@code currentCardShown}: the requester gave the number of the owner's current,
 * unblocked card; {@code ownerBornOn}: the date of birth of the CPR number (null when it has none). The
 * {@code Relation} decides from these whether the link is active at once (only for an owner under 18).
 * {@code cardNumberTyped}: the card number the requester typed, stripped (null when none), kept on a pending request.
 * Both typed values are sealed with the owner's key, or the requester's when there is no owner.
 */
public record OpenRelation(@TargetAggregateIdentifier String relationId, String requesterId, String ownerId,
                           SealedData cpr, boolean currentCardShown, LocalDate ownerBornOn,
                           SealedData cardNumberTyped) {
}
