package dk.kantinekort.command.schoolyear;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The schools a pupil file may name: places of unit kind SCHOOL, by id or by name (case and blanks ignored). */
@Component
public class Schools {

    private final JdbcTemplate jdbc;

    Schools(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The place id of the school the file names; empty when no school has that id or name. */
    public Optional<String> idOf(String named) {
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        String key = named.strip();
        List<String> ids = jdbc.queryForList("SELECT place_id FROM places WHERE unit_kind = 'SCHOOL' AND "
                + "(place_id = ? OR LOWER(name) = ?) ORDER BY place_id", String.class, key,
                key.toLowerCase(Locale.ROOT));
        return ids.stream().findFirst();
    }

    public Optional<String> nameOf(String placeId) {
        return jdbc.queryForList("SELECT name FROM places WHERE place_id = ?", String.class, placeId).stream()
                .findFirst();
    }
}
