package dk.kantinekort.command.notice.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.command.postgres.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outbox's SQL on PostgreSQL 16 (production): the migration runs, a notice written twice is kept once, and a
 * claim holds against a second claim until it expires.
 */
@Timeout(120)
class NoticeOutboxOnPostgresTest {

    private static TestPostgres postgres;
    private static NoticeOutbox outbox;

    @BeforeAll
    static void migrated() throws Exception {
        postgres = TestPostgres.start();
        postgres.createDatabase("notices");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl("notices"), postgres.user(),
                ""));
        try (var sql = NoticeOutboxOnPostgresTest.class.getResourceAsStream(
                "/db/migration/V19_17_1__account_notices.sql")) {
            String script = new String(sql.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        }
        outbox = new NoticeOutbox(jdbc);
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aNoticeWrittenTwiceIsKeptOnceAndAClaimHoldsUntilItExpires() {
        Instant now = Instant.now();
        NoticeOutbox.Notice notice = new NoticeOutbox.Notice("event-1", "citizen-1", NoticeKind.PURCHASE, "account-1",
                NoticeDelivery.INSTANT, Map.of("amount", "300"), "{}", now.minusSeconds(1), 0);

        assertThat(outbox.add(notice)).isTrue();
        assertThat(outbox.add(notice)).as("the same event, recipient and kind again").isFalse();
        assertThat(outbox.count("event-1", "citizen-1")).isEqualTo(1);
        assertThat(outbox.unsent(NoticeDelivery.INSTANT, now, now.plusSeconds(1), 10)).singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("amount", "300"));

        assertThat(outbox.claim(notice, now, Duration.ofMinutes(2))).isTrue();
        assertThat(outbox.claim(notice, now.plusSeconds(60), Duration.ofMinutes(2))).as("held").isFalse();
        outbox.markSent(notice, now);
        assertThat(outbox.claim(notice, now.plusSeconds(600), Duration.ofMinutes(2))).as("sent").isFalse();
        assertThat(outbox.unsent(NoticeDelivery.INSTANT, now.plusSeconds(600), now.plusSeconds(600), 10)).isEmpty();
    }
}
