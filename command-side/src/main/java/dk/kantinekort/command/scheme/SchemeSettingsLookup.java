package dk.kantinekort.command.scheme;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.scheme.AutoTopUpThresholdChanged;
import dk.kantinekort.api.scheme.FeeScheduleChanged;
import dk.kantinekort.api.scheme.FindSupportContact;
import dk.kantinekort.api.scheme.SupportContact;
import dk.kantinekort.api.scheme.SupportContactChanged;
import dk.kantinekort.command.LookupProcessing;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scheme settings staff changed, kept in the transaction of their events, so the very next deposit is charged
 * the new fee. Empty where nothing was changed: then the configuration applies.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class SchemeSettingsLookup {

    private static final String THRESHOLD = "auto_top_up_threshold_ore";
    private static final String SUPPORT_PHONE = "support_phone";
    private static final String SUPPORT_EMAIL = "support_email";
    private static final String SUPPORT_HOURS = "support_hours";

    private final JdbcTemplate jdbc;

    SchemeSettingsLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fees staff set, per method. */
    public Map<DepositMethod, FeeRule> changedFees() {
        Map<DepositMethod, FeeRule> fees = new EnumMap<>(DepositMethod.class);
        jdbc.query("SELECT method, fixed_ore, basis_points FROM scheme_fees", rs -> {
            fees.put(DepositMethod.valueOf(rs.getString(1)), new FeeRule(rs.getLong(2), rs.getInt(3)));
        });
        return fees;
    }

    /** The top-up threshold staff set, if they did. */
    public Optional<Money> changedThreshold() {
        return value(THRESHOLD).map(ore -> Money.ofOre(Long.parseLong(ore)));
    }

    /** The support contact staff set; nothing while the settings file's applies. */
    @QueryHandler
    public SupportContact handle(FindSupportContact query) {
        return value(SUPPORT_PHONE).map(phone -> new SupportContact(phone, value(SUPPORT_EMAIL).orElse(""),
                value(SUPPORT_HOURS).orElse(""))).orElse(null);
    }

    @EventHandler
    void on(FeeScheduleChanged event) {
        // an upsert both H2 and PostgreSQL understand (H2's MERGE ... KEY is its own)
        if (jdbc.update("UPDATE scheme_fees SET fixed_ore = ?, basis_points = ? WHERE method = ?", event.fixedOre(),
                event.basisPoints(), event.method().name()) == 0) {
            jdbc.update("INSERT INTO scheme_fees (method, fixed_ore, basis_points) VALUES (?, ?, ?)",
                    event.method().name(), event.fixedOre(), event.basisPoints());
        }
    }

    @EventHandler
    void on(AutoTopUpThresholdChanged event) {
        put(THRESHOLD, Long.toString(event.threshold().ore()));
    }

    @EventHandler
    void on(SupportContactChanged event) {
        put(SUPPORT_PHONE, event.phone());
        put(SUPPORT_EMAIL, event.email());
        put(SUPPORT_HOURS, event.hours());
    }

    private void put(String name, String value) {
        if (jdbc.update("UPDATE scheme_values SET text_value = ? WHERE name = ?", value, name) == 0) {
            jdbc.update("INSERT INTO scheme_values (name, text_value) VALUES (?, ?)", name, value);
        }
    }

    private Optional<String> value(String name) {
        List<String> values = jdbc.queryForList("SELECT text_value FROM scheme_values WHERE name = ?", String.class,
                name);
        return values.stream().findFirst();
    }
}
