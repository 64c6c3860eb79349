package dk.kantinekort.command.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The ledger's own laws, tried on random journeys of one card account: deposits (cash, by payment card, settled by
 * staff), till purchases (with the card in use, a replaced card, an unknown card), refunds from the right and the
 * wrong place, fees, blocks and unblocks by the citizen and by staff, replacement cards, payouts (direct and
 * requested), automatic top-ups, webshop orders, and repeats of any command that already went through. The
 * commands go through a real Axon command bus onto an event-sourced {@link CardAccount} that is loaded from its
 * events for every command; after each step the whole event stream is checked by {@link AccountHistory}
 * (balance = sum of money events, never below zero, refunds never above the purchase, each id once, ...) and the
 * step's own rule (blocked refuses purchases, a refusal leaves no trace, a repeat changes nothing, ...).
 */
class CardAccountLawsTest {

    private static final AccountLedger LEDGER = new AccountLedger();

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void everyJourneyKeepsTheLedgersLaws(@ForAll("journeys") List<AccountJourney.Step> steps) {
        AccountJourney journey = new AccountJourney(LEDGER);
        for (AccountJourney.Step step : steps) {
            journey.take(step);
        }
        AccountHistory end = journey.history();
        assertThat(LEDGER.balanceOf(journey.accountId()))
                .as("the aggregate rebuilt from its events answers the balance its events add up to")
                .isEqualTo(end.balance);
        for (String reached : REACHED) {
            Statistics.label(reached).collect(end.events.stream()
                    .anyMatch(event -> event.getClass().getSimpleName().equals(reached)));
        }
        Statistics.label("repeats").collect(steps.stream().anyMatch(step -> step.move() == AccountJourney.Move.REPEAT));
        // the journeys must keep reaching the states the laws are about, or the property proves little
        for (String reached : REACHED) {
            double least = reached.equals("AutoTopUpFailed") ? 0.5 : 2;
            Statistics.label(reached).coverage(coverage -> coverage.check(true).percentage(p -> p >= least));
        }
    }

    /** Events a fair share of journeys must reach (a failed top-up, the rarest, at least one journey in 200). */
    private static final List<String> REACHED = List.of("PurchaseMade", "PurchaseDeclined", "PurchaseRefunded",
            "FeeCharged", "CardBlocked", "CardUnblocked", "AccountBlocked", "AccountUnblocked", "ReplacementCardProduced", "BalancePaidOut",
            "PayoutRejected", "DepositSettled", "DepositAbandoned", "AutoTopUpTriggered", "AutoTopUpFailed",
            "WebshopOrderRefunded", "PaymentDiscrepancyFound");

    @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
    void aBlockedCardRefusesEveryPurchase(@ForAll("journeys") List<AccountJourney.Step> steps) {
        AccountJourney journey = new AccountJourney(LEDGER);
        steps.forEach(journey::take);
        journey.take(new AccountJourney.Step(AccountJourney.Move.BLOCK, 0, 0, true));
        journey.take(new AccountJourney.Step(AccountJourney.Move.DEPOSIT, 10_000, 0, false));
        // the card's block, or the whole account's when staff blocked that on the way
        assertThat(journey.purchaseNow(Money.ofOre(100))).isEqualTo(journey.history().accountBlocked
                ? DeclineReason.ACCOUNT_BLOCKED : DeclineReason.CARD_BLOCKED);
    }

    @Provide
    Arbitrary<List<AccountJourney.Step>> journeys() {
        Arbitrary<Long> amounts = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(1, 10_000)),
                Tuple.of(3, Arbitraries.longs().between(1, 600_000)),
                Tuple.of(1, Arbitraries.of(0L, -100L, Limits.MAX_PURCHASE.ore(),
                        Limits.MAX_PURCHASE.ore() + 1, Limits.MAX_DEPOSIT.ore(), Limits.MAX_DEPOSIT.ore() + 1,
                        Limits.MAX_BALANCE.ore())));
        Arbitrary<AccountJourney.Step> step = Combinators.combine(moves(), amounts,
                Arbitraries.integers().between(0, 1_000), Arbitraries.of(true, false)).as(AccountJourney.Step::new);
        return step.list().ofMinSize(20).ofMaxSize(100);
    }

    /** Money in and purchases come often, the rarer moves often enough that most journeys meet each of them. */
    private static Arbitrary<AccountJourney.Move> moves() {
        Map<AccountJourney.Move, Integer> weights = new EnumMap<>(AccountJourney.Move.class);
        for (AccountJourney.Move move : AccountJourney.Move.values()) {
            weights.put(move, 2);
        }
        weights.put(AccountJourney.Move.DEPOSIT, 8);
        weights.put(AccountJourney.Move.PURCHASE, 10);
        weights.put(AccountJourney.Move.REFUND, 5);
        weights.put(AccountJourney.Move.OPEN_PROVIDER_DEPOSIT, 4);
        weights.put(AccountJourney.Move.SETTLE_PROVIDER_DEPOSIT, 4);
        weights.put(AccountJourney.Move.SIGN_UP_TOP_UP, 6);
        weights.put(AccountJourney.Move.ACTIVATE_TOP_UP, 1);
        weights.put(AccountJourney.Move.CHARGE_TOP_UP, 8);
        weights.put(AccountJourney.Move.WEBSHOP_REFUND, 5);
        weights.put(AccountJourney.Move.REPEAT, 4);
        weights.put(AccountJourney.Move.BLOCK, 1);
        weights.put(AccountJourney.Move.UNBLOCK, 3);
        weights.put(AccountJourney.Move.CANCEL_TOP_UP, 1);
        weights.put(AccountJourney.Move.ORDER_REPLACEMENT, 3);
        weights.put(AccountJourney.Move.PRODUCE_REPLACEMENT, 3);
        weights.put(AccountJourney.Move.WEBSHOP_CHARGE, 5);
        weights.put(AccountJourney.Move.REQUEST_PAYOUT, 4);
        weights.put(AccountJourney.Move.DECIDE_PAYOUT, 4);
        List<Tuple.Tuple2<Integer, AccountJourney.Move>> table = new ArrayList<>();
        weights.forEach((move, weight) -> table.add(Tuple.of(weight, move)));
        return Arbitraries.frequency(table);
    }
}
