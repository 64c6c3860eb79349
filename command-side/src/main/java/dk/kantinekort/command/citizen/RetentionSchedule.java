package dk.kantinekort.command.citizen;

import dk.kantinekort.api.citizen.ForgetCitizen;
import dk.kantinekort.api.citizen.ForgetReason;
import dk.kantinekort.api.meta.Metadata;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention schedule (docs/RETENTION.md): a person with no card and no money for
 * {@code canteen.retention.quiet-months} (13 by default) is forgotten automatically, with the same command as
 * "Glem borger" and the actor {@code system:retention}. Due are people whose every account has a blocked card, a
 * zero balance and no block or money movement within that time, and people without accounts and without open links
 * registered longer ago. The bookkeeping records (amounts) stay for the 5 years bogføringsloven asks.
 */
@Component
public class RetentionSchedule {

    static final String ACTOR = Metadata.system("retention");
    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final String DUE = "SELECT d.citizen_id FROM citizen_directory d WHERE "
            + "(EXISTS (SELECT 1 FROM citizen_accounts a WHERE a.citizen_id = d.citizen_id) "
            + " AND NOT EXISTS (SELECT 1 FROM citizen_accounts a WHERE a.citizen_id = d.citizen_id AND "
            + "  (a.card_blocked = FALSE OR a.balance_ore <> 0 OR a.last_activity_at IS NULL OR a.last_activity_at > ?)))"
            + " OR (NOT EXISTS (SELECT 1 FROM citizen_accounts a WHERE a.citizen_id = d.citizen_id) "
            + " AND d.registered_at < ? "
            + " AND NOT EXISTS (SELECT 1 FROM relations r WHERE (r.requester_id = d.citizen_id OR r.owner_id = d.citizen_id)"
            + "  AND r.status IN ('PENDING', 'ACTIVE'))) "
            + "ORDER BY d.citizen_id";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Clock clock;
    private final int quietMonths;
    private final boolean enabled;

    RetentionSchedule(JdbcTemplate jdbc, CommandGateway commands, Clock clock,
                      @Value("${canteen.retention.quiet-months:13}") int quietMonths,
                      @Value("${canteen.retention.enabled:true}") boolean enabled) {
        if (quietMonths < 1) {
            throw new IllegalStateException("canteen.retention.quiet-months must be at least 1");
        }
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
        this.quietMonths = quietMonths;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${canteen.retention.cron:0 15 3 * * *}", zone = "Europe/Copenhagen")
    void nightly() {
        if (enabled) {
            anonymiseDue();
        }
    }

    /** The people due now, by the injected clock. */
    public List<String> due() {
        Timestamp cutoff = Timestamp.from(cutoff());
        return jdbc.queryForList(DUE, String.class, cutoff, cutoff);
    }

    /** Forgets everyone due; answers how many were forgotten. One refusal (money arrived meanwhile) stops no other. */
    public int anonymiseDue() {
        int forgotten = 0;
        for (String citizenId : due()) {
            MetaData metaData = MetaData.with(Metadata.ACTOR, ACTOR)
                    .and(Metadata.CHANNEL, Metadata.Channel.SYSTEM.name())
                    .and(Metadata.CORRELATION_ID, UUID.randomUUID().toString());
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new ForgetCitizen(citizenId, ForgetReason.RETENTION)).andMetaData(metaData));
                forgotten++;
            } catch (RuntimeException e) {
                log.warn("Retention could not forget citizen {}: {}", citizenId, e.toString());
            }
        }
        if (forgotten > 0) {
            log.info("Retention forgot {} people with no card and no money for {} months", forgotten, quietMonths);
        }
        return forgotten;
    }

    private Instant cutoff() {
        return clock.instant().atZone(DANISH_TIME).minusMonths(quietMonths).toInstant();
    }
}
