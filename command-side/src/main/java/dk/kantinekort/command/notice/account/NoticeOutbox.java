package dk.kantinekort.command.notice.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notices waiting to be mailed (table {@code notice_outbox}), one row per event, recipient and kind: writing one
 * twice keeps the first, so a redelivered event mails nothing new. A sender claims a row for a while before it mails,
 * so two command-side instances never mail the same row; a row whose mail failed is claimed again later.
 */
@Component
class NoticeOutbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    /** One notice to mail. */
    record Notice(String eventId, String citizenId, NoticeKind kind, String accountId, NoticeDelivery delivery,
                  Map<String, String> facts, String addressSealed, Instant occurredAt, int attempts) {
    }

    private final JdbcTemplate jdbc;

    NoticeOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the notice unless this event already gave this recipient a notice of this kind; true when added. */
    boolean add(Notice notice) {
        return jdbc.update("INSERT INTO notice_outbox (event_id, citizen_id, kind, account_id, delivery, facts, "
                        + "address_sealed, occurred_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM notice_outbox WHERE event_id = ? AND citizen_id = ? "
                        + "AND kind = ?)",
                notice.eventId(), notice.citizenId(), notice.kind().name(), notice.accountId(),
                notice.delivery().name(), toJson(notice.facts()), notice.addressSealed(),
                Timestamp.from(notice.occurredAt()), notice.eventId(), notice.citizenId(), notice.kind().name()) == 1;
    }

    /** Unsent notices of this delivery that occurred before {@code before} and nobody holds a claim on. */
    List<Notice> unsent(NoticeDelivery delivery, Instant now, Instant before, int max) {
        return jdbc.query("SELECT event_id, citizen_id, kind, account_id, delivery, facts, address_sealed, "
                        + "occurred_at, attempts FROM notice_outbox WHERE sent_at IS NULL AND delivery = ? "
                        + "AND occurred_at < ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY occurred_at "
                        + "FETCH FIRST " + Math.max(1, max) + " ROWS ONLY",
                (rs, i) -> new Notice(rs.getString(1), rs.getString(2), NoticeKind.valueOf(rs.getString(3)),
                        rs.getString(4), NoticeDelivery.valueOf(rs.getString(5)), fromJson(rs.getString(6)),
                        rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getInt(9)),
                delivery.name(), Timestamp.from(before), Timestamp.from(now));
    }

    /** Claims the notice for {@code hold}; false when it was sent or claimed meanwhile (another instance). */
    boolean claim(Notice notice, Instant now, Duration hold) {
        return jdbc.update("UPDATE notice_outbox SET claimed_until = ?, attempts = attempts + 1 WHERE event_id = ? "
                        + "AND citizen_id = ? AND kind = ? AND sent_at IS NULL "
                        + "AND (claimed_until IS NULL OR claimed_until < ?)", Timestamp.from(now.plus(hold)),
                notice.eventId(), notice.citizenId(), notice.kind().name(), Timestamp.from(now)) == 1;
    }

    void markSent(Notice notice, Instant at) {
        jdbc.update("UPDATE notice_outbox SET sent_at = ? WHERE event_id = ? AND citizen_id = ? AND kind = ?",
                Timestamp.from(at), notice.eventId(), notice.citizenId(), notice.kind().name());
    }

    /** The mail failed: try again after {@code retryAt}. */
    void retryLater(Notice notice, Instant retryAt) {
        jdbc.update("UPDATE notice_outbox SET claimed_until = ? WHERE event_id = ? AND citizen_id = ? AND kind = ?",
                Timestamp.from(retryAt), notice.eventId(), notice.citizenId(), notice.kind().name());
    }

    /** How many notices the event gave the recipient (tests, and the log). */
    int count(String eventId, String citizenId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notice_outbox WHERE event_id = ? AND citizen_id = ?",
                Integer.class, eventId, citizenId);
        return n == null ? 0 : n;
    }

    private static String toJson(Map<String, String> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice_outbox.facts is not JSON", e);
        }
    }
}
