package dk.kantinekort.command.notice.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.PART_SWITCHED_OFF;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.NoticesChosen;
import dk.kantinekort.api.notice.NoticesId;
import dk.kantinekort.api.notice.NoticesStopped;
import dk.kantinekort.api.notice.StopNotices;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The notices each citizen chose for one card account (Notifikationer), beside the account rather than in it: a
 * choice never changes what the till may do. Who may choose is the portal's access rule (own account, or an approved
 * link to its owner); the citizen is the command's actor, never a field a page could fill in. The address is sealed
 * with that citizen's key.
 */
@Aggregate
class AccountNotices {

    /** The least and most a low-balance notice can be set to: 1 kr. to 5.000 kr. */
    static final long MIN_THRESHOLD_ORE = 100;
    static final long MAX_THRESHOLD_ORE = 500_000;

    @AggregateIdentifier
    private String noticesId;
    private final Map<String, NoticesChosen> choices = new HashMap<>();

    protected AccountNotices() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChooseNotices command, @MetaDataValue(Metadata.ACTOR) String actor, SchemeParts parts,
                PersonalDataVault vault) {
        requireOn(parts);
        String citizenId = citizenOf(actor);
        NoticeChoiceRules.check(command);
        String email = command.email().strip();
        NoticesChosen before = choices.get(citizenId);
        EnumSet<NoticeKind> kinds = EnumSet.copyOf(command.kinds());
        var threshold = kinds.contains(NoticeKind.LOW_BALANCE) ? command.lowBalanceBelow() : null;
        if (before != null && before.kinds().equals(kinds) && Objects.equals(before.lowBalanceBelow(), threshold)
                && before.delivery() == command.delivery() && email.equals(vault.open(before.address()))) {
            return; // the same choice again changes nothing
        }
        SealedData address = vault.sealIfKnown(citizenId, email);
        if (address == null) {
            throw new RejectedException(INVALID_REQUEST, "The citizen has no data key; nothing can be recorded");
        }
        apply(new NoticesChosen(command.accountId(), citizenId, kinds, threshold, command.delivery(), address));
    }

    @CommandHandler
    void handle(StopNotices command, @MetaDataValue(Metadata.ACTOR) String actor, SchemeParts parts) {
        requireOn(parts);
        String citizenId = citizenOf(actor);
        if (choices.containsKey(citizenId)) {
            apply(new NoticesStopped(command.accountId(), citizenId));
        }
    }

    private static void requireOn(SchemeParts parts) {
        if (!parts.isOn(SchemePart.NOTICES)) {
            throw new RejectedException(PART_SWITCHED_OFF, "Notifikationer is switched off");
        }
    }

    private static String citizenOf(String actor) {
        String citizenId = Metadata.citizenIdOf(actor);
        if (citizenId == null) {
            throw new RejectedException(INVALID_REQUEST, "Only a citizen chooses their own notices");
        }
        return citizenId;
    }

    @EventSourcingHandler
    void on(NoticesChosen event) {
        noticesId = NoticesId.of(event.accountId());
        choices.put(event.citizenId(), event);
    }

    @EventSourcingHandler
    void on(NoticesStopped event) {
        choices.remove(event.citizenId());
    }

}
