package dk.kantinekort.ui.staff.lookup;

import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.RecordStaffLookup;
import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.security.CurrentStaff;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Records what the back office shows a staff member of people (issue 15): who ({@code admin:<user>} on the ADMIN pages,
 * {@code auditor:<user>} on the AUDITOR pages), the kind of key searched by, and the ids of the people and accounts
 * shown, as an event, before the page shows them. Processing without a record is not allowed: when the record cannot
 * be written within {@link #PATIENCE}, {@link LookupNotRecordedException} is thrown and the page shows nothing.
 */
@Component
public class StaffLookups {

    /** How long a page waits for the record; one small command, a few milliseconds when the ledger is well. */
    static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(StaffLookups.class);

    private final CommandSender sender;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    @Autowired
    StaffLookups(CommandGateway commandGateway, CurrentStaff currentStaff, ObjectProvider<Clock> clock) {
        this(commandGateway, currentStaff, clock.getIfAvailable(Clock::systemUTC));
    }

    public StaffLookups(CommandGateway commandGateway, CurrentStaff currentStaff, Clock clock) {
        this.sender = new CommandSender(commandGateway);
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Records the look-up in the name of the staff member acting in {@code role}; throws when it is not recorded. */
    public void record(CurrentStaff.Role role, LookupKey searchedBy, LookupPurpose purpose,
                       Collection<String> citizenIds, Collection<String> accountIds) {
        if (!currentStaff.hasRole(role)) {
            throw new IllegalStateException("Only staff with the role " + role + " look people up here");
        }
        String username = currentStaff.username()
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
        String actor = role == CurrentStaff.Role.ADMIN ? Metadata.admin(username) : "auditor:" + username;
        RecordStaffLookup command = new RecordStaffLookup(RecordStaffLookup.logIdFor(actor, clock.instant()),
                UUID.randomUUID().toString(), LookupChannel.BACK_OFFICE, searchedBy, purpose,
                List.copyOf(citizenIds.stream().distinct().toList()), List.copyOf(accountIds.stream().distinct().toList()));
        try {
            sender.sendAndWait(command, actor, Metadata.Channel.ADMIN_API, PATIENCE);
        } catch (RuntimeException e) {
            log.warn("A staff look-up by {} could not be recorded and is not shown: {}", actor, e.toString());
            throw new LookupNotRecordedException(e);
        }
    }
}
