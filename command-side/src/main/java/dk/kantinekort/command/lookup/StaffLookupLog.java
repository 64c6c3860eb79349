package dk.kantinekort.command.lookup;

import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.lookup.RecordStaffLookup;
import dk.kantinekort.api.lookup.StaffLookupRecorded;
import dk.kantinekort.api.meta.Metadata;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One staff member's look-ups of personal data on one day (issue 15): an event per look-up, so the record is as
 * durable and as exportable as the ledger. Only staff actors ({@code admin:…}, {@code auditor:…}) are recorded, under
 * the actor the command carries in its metadata, never one the command names.
 */
@Aggregate
class StaffLookupLog {

    @AggregateIdentifier
    private String logId;
    private final Set<String> recorded = new HashSet<>();

    protected StaffLookupLog() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordStaffLookup command, MetaData metaData) {
        Object actor = metaData == null ? null : metaData.get(Metadata.ACTOR);
        if (!(actor instanceof String staff) || !(staff.startsWith("admin:") || staff.startsWith("auditor:"))) {
            throw new RejectedException(ACCESS_DENIED, "Only staff look-ups are recorded");
        }
        if (command.lookupId() == null || command.lookupId().isBlank() || command.channel() == null
                || command.searchedBy() == null || command.purpose() == null) {
            throw new RejectedException(INVALID_REQUEST, "A look-up needs an id, a channel, a key and a purpose");
        }
        if (!command.logId().startsWith("lookups:" + staff + ":")) {
            throw new RejectedException(INVALID_REQUEST, "A look-up goes in its own actor's log");
        }
        if (recorded.contains(command.lookupId())) {
            return;
        }
        apply(new StaffLookupRecorded(command.logId(), command.lookupId(), staff, command.channel(),
                command.searchedBy(), command.purpose(), command.citizenIds(), command.accountIds()));
    }

    @EventSourcingHandler
    void on(StaffLookupRecorded event) {
        logId = event.logId();
        recorded.add(event.lookupId());
    }
}
