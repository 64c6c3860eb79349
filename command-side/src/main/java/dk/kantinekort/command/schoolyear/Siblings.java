package dk.kantinekort.command.schoolyear;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open accounts of a pupil's siblings: the other people the pupil's responsible person (an active link to the
 * pupil) has active links to, i.e. the responsible person's other children.
 */
@Component
public class Siblings {

    private final JdbcTemplate jdbc;

    Siblings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> accountsOf(String citizenId) {
        return jdbc.queryForList("SELECT DISTINCT a.account_id FROM relations r1 "
                + "JOIN relations r2 ON r2.requester_id = r1.requester_id "
                + "JOIN citizen_accounts a ON a.citizen_id = r2.owner_id "
                + "LEFT JOIN account_closures c ON c.account_id = a.account_id "
                + "WHERE r1.owner_id = ? AND r1.status = 'ACTIVE' AND r2.status = 'ACTIVE' AND r2.owner_id <> ? "
                + "AND (c.closed IS NULL OR c.closed = FALSE) ORDER BY a.account_id", String.class, citizenId,
                citizenId);
    }
}
