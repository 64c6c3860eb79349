package dk.kantinekort.command.notice.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.NoticesChosen;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notice choices and the last balance of each account as the account-notices processor has seen them (tables
 * {@code notice_subscriptions}, {@code notice_balances}), written in the processor's transaction.
 */
@Component
class NoticeSubscriptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One citizen's choice for one account. */
    record Subscription(String accountId, String citizenId, Set<NoticeKind> kinds, Money lowBalanceBelow,
                        NoticeDelivery delivery, String addressSealed) {

        boolean wants(NoticeKind kind) {
            return kinds.contains(kind);
        }
    }

    private final JdbcTemplate jdbc;

    NoticeSubscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void choose(NoticesChosen event) {
        stop(event.accountId(), event.citizenId());
        jdbc.update("INSERT INTO notice_subscriptions (account_id, citizen_id, kinds, low_balance_below, delivery, "
                        + "address_sealed) VALUES (?, ?, ?, ?, ?, ?)", event.accountId(), event.citizenId(),
                event.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                event.lowBalanceBelow() == null ? null : event.lowBalanceBelow().ore(), event.delivery().name(),
                toJson(event.address()));
    }

    void stop(String accountId, String citizenId) {
        jdbc.update("DELETE FROM notice_subscriptions WHERE account_id = ? AND citizen_id = ?", accountId, citizenId);
    }

    List<Subscription> of(String accountId) {
        return jdbc.query("SELECT account_id, citizen_id, kinds, low_balance_below, delivery, address_sealed "
                + "FROM notice_subscriptions WHERE account_id = ?", (rs, i) -> {
                    long below = rs.getLong(4);
                    Money threshold = rs.wasNull() ? null : Money.ofOre(below);
                    return new Subscription(rs.getString(1), rs.getString(2), kinds(rs.getString(3)), threshold,
                            NoticeDelivery.valueOf(rs.getString(5)), rs.getString(6));
                }, accountId);
    }

    /** The balance the account had after the last event seen; empty before the first. */
    Optional<Money> balance(String accountId) {
        return jdbc.queryForList("SELECT balance FROM notice_balances WHERE account_id = ?", Long.class, accountId)
                .stream().findFirst().map(Money::ofOre);
    }

    /** Remembers the balance after an event; {@code known}: the account has a remembered balance already. */
    void balance(String accountId, Money balance, boolean known) {
        if (known) {
            jdbc.update("UPDATE notice_balances SET balance = ? WHERE account_id = ?", balance.ore(), accountId);
        } else {
            jdbc.update("INSERT INTO notice_balances (account_id, balance) VALUES (?, ?)", accountId, balance.ore());
        }
    }

    void forgetBalance(String accountId) {
        jdbc.update("DELETE FROM notice_balances WHERE account_id = ?", accountId);
    }

    private static Set<NoticeKind> kinds(String csv) {
        EnumSet<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
        Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(NoticeKind::valueOf).forEach(kinds::add);
        return kinds;
    }

    static String toJson(SealedData sealed) {
        try {
            return JSON.writeValueAsString(sealed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SealedData sealedFromJson(String json) {
        try {
            return json == null ? null : JSON.readValue(json, SealedData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not sealed data", e);
        }
    }
}
