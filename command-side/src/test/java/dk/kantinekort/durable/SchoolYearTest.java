package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.CardAccountClosed;
import dk.kantinekort.api.schoolyear.CloseLeaverAccount;
import dk.kantinekort.api.schoolyear.FindSchoolYearLeavers;
import dk.kantinekort.api.schoolyear.Leaver;
import dk.kantinekort.api.schoolyear.LeaverBalanceMoved;
import dk.kantinekort.api.schoolyear.LeaverBalanceReceived;
import dk.kantinekort.api.schoolyear.PreviewSchoolYearImport;
import dk.kantinekort.api.schoolyear.PupilCsv;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.PupilRowApplied;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.api.schoolyear.SchoolYearImportFinished;
import dk.kantinekort.api.schoolyear.SchoolYearPlan;
import dk.kantinekort.api.schoolyear.StartSchoolYearImport;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.command.citizen.RetentionSchedule;
import dk.kantinekort.command.schoolyear.LeaverClosings;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Skoleår on the real command side: a pupil file's dry run and its import (1,000 pupils), applied once however often
 * it is sent; then next year's file, whose leaver's account closes with its balance moved to a sibling, and a
 * closure on a later date that the nightly job carries out.
 */
class SchoolYearTest {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    static final MutableClock CLOCK = new MutableClock(Instant.now());
    final DurableCommandSide commandSide = new DurableCommandSide("school-year", CLOCK);

    @AfterEach
    void stop() {
        commandSide.close();
    }

    @Test
    void aThousandPupilsAreOpenedOnce_theDryRunSaysSoFirst_andBadRowsAreRefusedWithTheirReason() {
        commandSide.start();
        String school = school("Skoleårsskolen");
        String tag = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String file = "cpr;navn;skole;klasse;kortnummer\n"
                + IntStream.range(0, 1000).mapToObj(i -> String.format("%02d%02d15%04d;Elev %d;Skoleårsskolen;%d.a;SY%s%05d",
                        1 + i % 28, 1 + (i / 28) % 12, i, i, 1 + i % 9, tag, i)).collect(Collectors.joining("\n"))
                + "\n3213151234;Forkert Cpr;Skoleårsskolen;1.a;SY" + tag + "99991"
                + "\n0101150001;Samme Kort;Skoleårsskolen;1.a;SY" + tag + "00000"
                + "\n0201150002;Ukendt Skole;Ingen Skole;1.a;SY" + tag + "99993"
                + "\n0301150003;;Skoleårsskolen;1.a;SY" + tag + "99994\n";
        List<PupilRow> rows = PupilCsv.parse(file);

        SchoolYearPlan plan = preview(rows);
        assertThat(plan.count(RowAction.OPEN)).isEqualTo(1000);
        assertThat(plan.rows().stream().filter(r -> r.action() == RowAction.REFUSED).map(r -> r.refusal()))
                .containsExactly(RowRefusal.INVALID_CPR, RowRefusal.DUPLICATE_CARD_NUMBER, RowRefusal.UNKNOWN_SCHOOL,
                        RowRefusal.MISSING_FIELDS);
        assertThat(preview(rows).count(RowAction.OPEN)).as("the dry run changed nothing").isEqualTo(1000);

        String importId = "import-" + UUID.randomUUID();
        assertThat((String) commandSide.send(new StartSchoolYearImport(importId, rows))).isEqualTo(importId);
        await().atMost(Duration.ofMinutes(3)).until(() -> !commandSide.eventsOf(importId,
                SchoolYearImportFinished.class).isEmpty());
        assertThat(commandSide.eventsOf(importId, SchoolYearImportFinished.class))
                .containsExactly(new SchoolYearImportFinished(importId, 1000, 0, 0, 0, 0, 4));
        assertThat(commandSide.eventsOf(importId, PupilRowApplied.class)).hasSize(1000)
                .allMatch(applied -> applied.schoolId().equals(school));

        assertThat((String) commandSide.send(new StartSchoolYearImport(importId, rows))).as("the same file again")
                .isEqualTo(importId);
        assertThatThrownBy(() -> commandSide.send(new StartSchoolYearImport(importId, rows.subList(0, 10))))
                .as("another file under the same id").isInstanceOf(RejectedException.class);
        assertThat(preview(rows).count(RowAction.UNCHANGED)).as("applied, nothing left to do").isEqualTo(1000);

        String again = "import-" + UUID.randomUUID();
        commandSide.send(new StartSchoolYearImport(again, rows));
        await().atMost(Duration.ofMinutes(3)).until(() -> !commandSide.eventsOf(again,
                SchoolYearImportFinished.class).isEmpty());
        assertThat(commandSide.eventsOf(again, SchoolYearImportFinished.class)).as("a re-run opens nothing")
                .containsExactly(new SchoolYearImportFinished(again, 0, 0, 0, 1000, 0, 4));
    }

    @Test
    void aLeaversBalanceMovesToTheSiblingsAccount_theClosedAccountTakesNoMoney_andIsForgottenAfterRetention() {
        Instant start = Instant.now();
        CLOCK.set(start);
        commandSide.start();
        String school = school("Søskendeskolen");
        AccountOpening parent = commandSide.send(new OpenAccountForPerson(Cpr.parse(cpr("1203", "75")), "Forælder",
                "foraelder@example.dk", DurableCommandSide.randomCard(), null));
        String olderCpr = cpr("0505", "14");
        String youngerCpr = cpr("0606", "16");
        String olderCard = DurableCommandSide.randomCard().value();
        String youngerCard = DurableCommandSide.randomCard().value();
        List<PupilRow> thisYear = PupilCsv.parse("cpr;navn;skole;klasse;kortnummer\n"
                + olderCpr + ";Storebror;Søskendeskolen;9.a;" + olderCard + "\n"
                + youngerCpr + ";Lillesøster;Søskendeskolen;2.b;" + youngerCard + "\n");
        String first = importAndWait(thisYear);
        String older = commandSide.eventsOf(first, PupilRowApplied.class).get(0).accountId();
        String younger = commandSide.eventsOf(first, PupilRowApplied.class).get(1).accountId();
        link(parent.citizenId(), olderCpr, olderCard);
        link(parent.citizenId(), youngerCpr, youngerCard);
        commandSide.send(new DepositMoney(older, UUID.randomUUID().toString(), Money.ofOre(4_000), DepositMethod.CASH,
                "kasse 1"));

        List<PupilRow> nextYear = PupilCsv.parse("cpr;navn;skole;klasse;kortnummer\n"
                + youngerCpr + ";Lillesøster;Søskendeskolen;3.b;" + youngerCard + "\n");
        SchoolYearPlan plan = preview(nextYear);
        assertThat(plan.rows()).extracting(r -> r.action()).containsExactly(RowAction.CHANGE);
        assertThat(plan.leavers()).extracting(Leaver::accountId, Leaver::className, Leaver::balance, Leaver::siblings)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(older, "9.a", Money.ofOre(4_000), 1));
        String second = importAndWait(nextYear);
        assertThat(leavers(second)).extracting(Leaver::accountId, Leaver::schoolId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(older, school));

        LocalDate today = LocalDate.now(CLOCK.withZone(DANISH_TIME));
        commandSide.send(new CloseLeaverAccount(older, "closure-" + older, today, BalanceDestination.SIBLING, null));
        assertThat(commandSide.eventsOf(older, LeaverBalanceMoved.class))
                .containsExactly(new LeaverBalanceMoved(older, "closure-" + older, younger, Money.ofOre(4_000), Money.ZERO));
        assertThat(commandSide.eventsOf(younger, LeaverBalanceReceived.class))
                .containsExactly(new LeaverBalanceReceived(younger, "closure-" + older, older, Money.ofOre(4_000),
                        Money.ofOre(4_000)));
        assertThat(commandSide.eventsOf(older, CardAccountClosed.class)).hasSize(1);
        assertThat(leavers(second)).as("closed: no longer a leaver to handle").isEmpty();
        assertThatThrownBy(() -> commandSide.send(new DepositMoney(older, UUID.randomUUID().toString(),
                Money.ofOre(1_000), DepositMethod.CASH, "kasse 1"))).isInstanceOf(RejectedException.class)
                .hasMessageContaining("closed");

        RetentionSchedule retention = commandSide.bean(RetentionSchedule.class);
        String olderCitizen = commandSide.eventsOf(first, PupilRowApplied.class).get(0).citizenId();
        assertThat(retention.due()).doesNotContain(olderCitizen);
        CLOCK.set(start.atZone(DANISH_TIME).plusMonths(13).plusDays(1).toInstant());
        assertThat(retention.due()).as("anonymised after the retention period").contains(olderCitizen);
    }

    @Test
    void aClosureOnALaterDateIsCarriedOutByTheNightlyJobThatDay_payingTheBalanceOut() {
        CLOCK.set(Instant.now());
        commandSide.start();
        school("Fremtidsskolen");
        String pupilCpr = cpr("0707", "15");
        String first = importAndWait(PupilCsv.parse("cpr;navn;skole;klasse;kortnummer;fraflyttet\n"
                + pupilCpr + ";Elev;Fremtidsskolen;5.c;" + DurableCommandSide.randomCard().value() + ";\n"));
        String account = commandSide.eventsOf(first, PupilRowApplied.class).get(0).accountId();
        String marked = importAndWait(PupilCsv.parse("cpr;navn;skole;klasse;kortnummer;fraflyttet\n"
                + pupilCpr + ";Elev;Fremtidsskolen;5.c;;ja\n"));
        assertThat(leavers(marked)).extracting(Leaver::accountId, Leaver::markedLeaving)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(account, true));
        commandSide.send(new DepositMoney(account, UUID.randomUUID().toString(), Money.ofOre(2_500), DepositMethod.CASH,
                "kasse 1"));
        LocalDate tomorrow = LocalDate.now(CLOCK.withZone(DANISH_TIME)).plusDays(1);
        commandSide.send(new CloseLeaverAccount(account, "c-1", tomorrow, BalanceDestination.NEMKONTO, null));
        LeaverClosings closings = commandSide.bean(LeaverClosings.class);
        assertThat(closings.closeDue()).as("not yet").isZero();
        assertThat(commandSide.eventsOf(account, CardAccountClosed.class)).isEmpty();

        CLOCK.set(tomorrow.atTime(0, 10).atZone(DANISH_TIME).toInstant());
        assertThat(closings.closeDue()).isEqualTo(1);
        assertThat(commandSide.eventsOf(account, BalancePaidOut.class)).extracting(BalancePaidOut::amount)
                .containsExactly(Money.ofOre(2_500));
        assertThat(commandSide.eventsOf(account, CardAccountClosed.class))
                .containsExactly(new CardAccountClosed(account, "c-1", tomorrow));
        assertThat(closings.closeDue()).as("once").isZero();
    }

    @Test
    void aReturningPupilsClosedAccountIsReopenedByTheNextImport_theDryRunSaysSoFirst() {
        CLOCK.set(Instant.now());
        commandSide.start();
        school("Tilbageskolen");
        String pupilCpr = cpr("0808", "15");
        String card = DurableCommandSide.randomCard().value();
        String row = "cpr;navn;skole;klasse;kortnummer\n" + pupilCpr + ";Elev;Tilbageskolen;6.a;" + card + "\n";
        String first = importAndWait(PupilCsv.parse(row));
        String account = commandSide.eventsOf(first, PupilRowApplied.class).get(0).accountId();
        LocalDate today = LocalDate.now(CLOCK.withZone(DANISH_TIME));
        commandSide.send(new CloseLeaverAccount(account, "closure-" + account, today, BalanceDestination.NONE, null));
        assertThat(commandSide.eventsOf(account, CardAccountClosed.class)).hasSize(1);

        List<PupilRow> back = PupilCsv.parse(row.replace("6.a", "7.a"));
        assertThat(preview(back).rows()).extracting(r -> r.action()).as("the dry run says so")
                .containsExactly(RowAction.REOPEN);
        String second = importAndWait(back);

        assertThat(commandSide.eventsOf(second, PupilRowApplied.class)).extracting(PupilRowApplied::action,
                PupilRowApplied::accountId).containsExactly(org.assertj.core.groups.Tuple.tuple(RowAction.REOPEN,
                account));
        assertThat(commandSide.eventsOf(second, SchoolYearImportFinished.class))
                .extracting(SchoolYearImportFinished::reopened).containsExactly(1);
        assertThat(commandSide.eventsOf(account, dk.kantinekort.api.schoolyear.CardAccountReopened.class))
                .containsExactly(new dk.kantinekort.api.schoolyear.CardAccountReopened(account, second));
        commandSide.send(new DepositMoney(account, UUID.randomUUID().toString(), Money.ofOre(1_000),
                DepositMethod.CASH, "kasse 1"));
        assertThat(preview(back).rows()).extracting(r -> r.action()).as("open again: nothing more to do")
                .containsExactly(RowAction.UNCHANGED);
    }

    private String importAndWait(List<PupilRow> rows) {
        String importId = "import-" + UUID.randomUUID();
        commandSide.send(new StartSchoolYearImport(importId, rows));
        await().atMost(DurableCommandSide.PATIENCE).until(() -> !commandSide.eventsOf(importId,
                SchoolYearImportFinished.class).isEmpty());
        return importId;
    }

    private void link(String parentId, String childCpr, String childCard) {
        LinkRequestOutcome link = commandSide.sendAs(Metadata.citizen(parentId), Metadata.Channel.PORTAL,
                new RequestAccountLink(UUID.randomUUID().toString(), parentId, Cpr.parse(childCpr), childCard));
        assertThat(link.status()).isEqualTo(RelationStatus.ACTIVE);
    }

    private String school(String name) {
        String placeId = "skole-" + UUID.randomUUID().toString().substring(0, 8);
        commandSide.send(new RegisterPlace(placeId, name, UnitKind.SCHOOL));
        return placeId;
    }

    private SchoolYearPlan preview(List<PupilRow> rows) {
        return commandSide.bean(QueryGateway.class).query(new PreviewSchoolYearImport(rows), SchoolYearPlan.class)
                .join();
    }

    private List<Leaver> leavers(String importId) {
        return commandSide.bean(QueryGateway.class).query(new FindSchoolYearLeavers(importId),
                ResponseTypes.multipleInstancesOf(Leaver.class)).join();
    }

    private static String cpr(String ddmm, String yy) {
        return ddmm + yy + String.format("4%03d", (int) (Math.random() * 1000));
    }
}
