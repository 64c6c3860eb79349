package dk.kantinekort.command.schoolyear;

import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.schoolyear.AccountClosureScheduled;
import dk.kantinekort.api.schoolyear.CardAccountClosed;
import dk.kantinekort.api.schoolyear.CardAccountReopened;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.LookupProcessing;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Leavers' accounts closed on a chosen date: the closures scheduled for a later day are kept here (in the events'
 * transaction), and each night ({@code canteen.school-year.closing-cron}) those due are closed with the actor
 * {@code system:school-year}. One that is refused (a sibling's account closed meanwhile) is tried again the next
 * night and stops no other.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class LeaverClosings {

    static final String ACTOR = Metadata.system("school-year");
    private static final Logger log = LoggerFactory.getLogger(LeaverClosings.class);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Clock clock;
    private final SchemeParts parts;
    private final boolean enabled;

    LeaverClosings(JdbcTemplate jdbc, CommandGateway commands, Clock clock, SchemeParts parts,
                   @Value("${canteen.school-year.closing-enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
        this.parts = parts;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${canteen.school-year.closing-cron:0 5 0 * * *}", zone = "Europe/Copenhagen")
    void nightly() {
        if (enabled && parts.isOn(SchemePart.SCHOOL_YEAR)) {
            closeDue();
        }
    }

    /** Closes every account whose closing date has come; answers how many were closed. */
    public int closeDue() {
        LocalDate today = LocalDate.now(clock.withZone(DANISH_TIME));
        List<String[]> due = jdbc.query("SELECT account_id, closure_id FROM account_closures WHERE closed = FALSE "
                + "AND closes_on <= ? ORDER BY closes_on, account_id",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, Date.valueOf(today));
        int closed = 0;
        for (String[] closure : due) {
            MetaData metaData = MetaData.with(Metadata.ACTOR, ACTOR)
                    .and(Metadata.CHANNEL, Metadata.Channel.SYSTEM.name())
                    .and(Metadata.CORRELATION_ID, UUID.randomUUID().toString());
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new CloseScheduledAccount(closure[0], closure[1])).andMetaData(metaData));
                closed++;
            } catch (RuntimeException e) {
                log.warn("Closing leaver account {} failed: {}", closure[0], e.toString());
            }
        }
        return closed;
    }

    @EventHandler
    void on(AccountClosureScheduled event) {
        if (jdbc.update("UPDATE account_closures SET closure_id = ?, closes_on = ? WHERE account_id = ?",
                event.closureId(), Date.valueOf(event.closesOn()), event.accountId()) == 0) {
            jdbc.update("INSERT INTO account_closures (account_id, closure_id, closes_on, closed) VALUES (?, ?, ?, FALSE)",
                    event.accountId(), event.closureId(), Date.valueOf(event.closesOn()));
        }
    }

    /** A returning pupil's account is open again: its old closure is done with; a new one may be scheduled. */
    @EventHandler
    void on(CardAccountReopened event) {
        jdbc.update("DELETE FROM account_closures WHERE account_id = ?", event.accountId());
    }

    @EventHandler
    void on(CardAccountClosed event) {
        jdbc.update("UPDATE account_closures SET closed = TRUE WHERE account_id = ?", event.accountId());
    }
}
