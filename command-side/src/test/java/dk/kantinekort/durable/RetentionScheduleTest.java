package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.citizen.ForgetReason;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.citizen.RetentionSchedule;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention schedule with a moved clock (docs/RETENTION.md): a person whose only card is blocked with a zero
 * balance is forgotten 13 months later, not a day before; a person with an active card, or with money on a blocked
 * card, is kept.
 */
class RetentionScheduleTest {

    static final MutableClock CLOCK = new MutableClock(Instant.now());
    final DurableCommandSide commandSide = new DurableCommandSide("retention", CLOCK);

    @AfterEach
    void stop() {
        commandSide.close();
    }

    @Test
    void aPersonWithNoCardAndNoMoneyIsForgotten13MonthsLater_othersAreKept() {
        Instant start = Instant.now();
        CLOCK.set(start);
        commandSide.start();
        String quietCpr = cpr();
        AccountOpening quiet = open(quietCpr, "Stille Person");
        commandSide.send(new BlockCard(quiet.accountId(), "mistet"));
        AccountOpening active = open(cpr(), "Aktiv Person");
        AccountOpening withMoney = open(cpr(), "Person Med Penge");
        commandSide.send(new DepositMoney(withMoney.accountId(), UUID.randomUUID().toString(), Money.ofOre(2_500),
                DepositMethod.CASH, "kasse 1"));
        commandSide.send(new BlockCard(withMoney.accountId(), "mistet"));
        RetentionSchedule retention = commandSide.bean(RetentionSchedule.class);

        CLOCK.set(start.atZone(ZoneId.of("Europe/Copenhagen")).plusMonths(13).minusDays(1).toInstant());
        assertThat(retention.due()).as("a day before 13 months").doesNotContain(quiet.citizenId());
        assertThat(retention.anonymiseDue()).isZero();

        CLOCK.set(start.atZone(ZoneId.of("Europe/Copenhagen")).plusMonths(13).plus(Duration.ofHours(1)).toInstant());
        assertThat(retention.due()).contains(quiet.citizenId())
                .doesNotContain(active.citizenId(), withMoney.citizenId());
        assertThat(retention.anonymiseDue()).isEqualTo(1);

        assertThat(commandSide.eventsOf(quiet.citizenId(), CitizenForgotten.class))
                .containsExactly(new CitizenForgotten(quiet.citizenId(), java.util.List.of(quiet.accountId()),
                        ForgetReason.RETENTION));
        assertThat(commandSide.bean(QueryGateway.class).query(new FindCitizenByCpr(quietCpr), String.class).join())
                .as("the CPR look-up row is gone").isNull();
        assertThat(retention.due()).as("forgotten once").isEmpty();
        assertThat(commandSide.eventsOf(active.citizenId(), CitizenForgotten.class)).isEmpty();
        assertThat(commandSide.eventsOf(withMoney.citizenId(), CitizenForgotten.class)).isEmpty();
    }

    private AccountOpening open(String cpr, String name) {
        return commandSide.send(new OpenAccountForPerson(Cpr.parse(cpr), name, null,
                DurableCommandSide.randomCard(), null));
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger((int) (Math.random() * 900));

    private static String cpr() {
        return "0202904" + String.format("%03d", NEXT.getAndIncrement());
    }
}
