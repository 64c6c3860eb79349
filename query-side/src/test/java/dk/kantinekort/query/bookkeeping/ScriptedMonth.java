package dk.kantinekort.query.bookkeeping;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.bookkeeping.BookkeepingMonthClosed;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A scripted month of the scheme, November 2026, as events with their times (Copenhagen): two accounts, two places,
 * every kind of money movement, and a close of the month followed by a late purchase stamped 30 November.
 */
final class ScriptedMonth {

    record Stamped(Object payload, Instant at) {
    }

    static final String SCHOOL = "place-skole";
    static final String CINEMA = "place-bio";
    static final String ANNA = "acc-anna";
    static final String BO = "acc-bo";

    private final List<Stamped> events = new ArrayList<>();

    static List<Stamped> november() {
        return new ScriptedMonth().script().events;
    }

    /** The November history, the close on 1 December and a late purchase stamped 30 November after it. */
    static List<Stamped> novemberClosedThenALatePurchase() {
        ScriptedMonth month = new ScriptedMonth().script();
        month.at("2026-12-01T00:10", new BookkeepingMonthClosed("bookkeeping", "2026-11"));
        month.at("2026-11-30T23:59", purchase(ANNA, SCHOOL, 1_200, 23_800));
        month.at("2026-12-02T12:00", purchase(ANNA, SCHOOL, 600, 23_200));
        return month.events;
    }

    private ScriptedMonth script() {
        at("2026-10-01T08:00", new PlaceRegistered(SCHOOL, "Gladsaxe Skole", UnitKind.SCHOOL));
        at("2026-10-01T08:01", new PlaceRegistered(CINEMA, "Gladsaxe Bio", UnitKind.CINEMA));
        // October: Anna pays 100,00 kr. in cash: the opening liability of November
        at("2026-10-31T23:30", deposit(ANNA, 10_000, DepositMethod.CASH, 10_000));
        // November
        at("2026-11-02T09:00", deposit(ANNA, 20_000, DepositMethod.PAYMENT_CARD, 30_000));
        at("2026-11-02T09:00", new DepositSettled(ANNA, "d1", "pay-1", Money.ofOre(20_000), Money.ofOre(350),
                DepositMethod.PAYMENT_CARD, "Visa", null, null, null));
        at("2026-11-05T11:30", purchase(ANNA, SCHOOL, 4_500, 25_500));
        at("2026-11-06T11:30", new PurchaseRefunded(ANNA, id(), "p", SCHOOL, "till-1", Money.ofOre(1_000), List.of(),
                Money.ofOre(26_500), "f"));
        at("2026-11-10T08:00", new WebshopOrderCharged(ANNA, "o1", CINEMA, Money.ofOre(3_500), Money.ofOre(23_000)));
        at("2026-11-11T08:00", new WebshopOrderRefunded(ANNA, "o1", id(), CINEMA, Money.ofOre(3_500),
                Money.ofOre(26_500)));
        at("2026-11-12T10:00", new FeeCharged(ANNA, id(), Money.ofOre(2_500), FeeKind.REPLACEMENT_CARD, "r1",
                Money.ofOre(24_000)));
        at("2026-11-15T06:00", new DeliveryCharged("o2", ANNA, SCHOOL, LocalDate.of(2026, 11, 15), List.of("l1"),
                Money.ofOre(3_500), "k1", "pay-2", "ch-2", Money.ofOre(144)));
        at("2026-11-16T06:00", new SubscriptionPeriodCharged("e1", ANNA, "Frugtordning", LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 22), Money.ofOre(4_500), "k2", "pay-3", "ch-3", Money.ofOre(156)));
        at("2026-11-20T12:00", deposit(BO, 5_000, DepositMethod.MOBILEPAY, 5_000));
        at("2026-11-21T12:00", purchase(BO, CINEMA, 4_000, 1_000));
        at("2026-11-21T12:00", deposit(BO, 10_000, DepositMethod.AUTO_TOP_UP, 11_000));
        at("2026-11-22T12:00", deposit(BO, 2_000, DepositMethod.MANUAL_CORRECTION, 13_000));
        at("2026-11-28T12:00", new BalancePaidOut(BO, id(), Money.ofOre(13_000), null, Money.ZERO));
        // December, before any close
        at("2026-12-01T00:05", deposit(ANNA, 1_000, DepositMethod.CASH, 25_000));
        return this;
    }

    private void at(String copenhagen, Object payload) {
        events.add(new Stamped(payload, LocalDateTime.parse(copenhagen).atZone(BookkeepingFold.COPENHAGEN).toInstant()));
    }

    /** An event at a Copenhagen time ({@code 2026-11-25T12:00}). */
    static Stamped stamped(String copenhagen, Object payload) {
        return new Stamped(payload, LocalDateTime.parse(copenhagen).atZone(BookkeepingFold.COPENHAGEN).toInstant());
    }

    static MoneyDeposited deposit(String account, long ore, DepositMethod method, long after) {
        return new MoneyDeposited(account, id(), Money.ofOre(ore), method, null, null, Money.ofOre(after));
    }

    static PurchaseMade purchase(String account, String place, long ore, long after) {
        return new PurchaseMade(account, id(), new CardNumber("1562265116"), place, "till-1", UnitKind.SCHOOL,
                List.of(), Money.ofOre(ore), Money.ofOre(after), "f");
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
