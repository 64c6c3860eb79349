package dk.kantinekort.command.account;

import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.SCHOOL;
import static dk.kantinekort.command.account.CardAccountTest.TILL;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.spending.ChangeSpendingRules;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.api.spending.SpendingRulesChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forbrugsregler: the account refuses a purchase that breaks its guardian's spending rules (decision record 19). */
class SpendingRulesTest {

    /** 10:00 on a Copenhagen day in winter (UTC+1). */
    static final Instant MORNING = Instant.parse("2026-12-07T09:00:00Z");
    static final PurchaseLine LUNCH = new PurchaseLine("FROKOST", "Frokost", 1, Money.ofOre(1000), ProductCategory.MAALTID);
    static final PurchaseLine CANDY = new PurchaseLine("SLIK", "Slikpose", 1, Money.ofOre(1000), ProductCategory.SLIK);
    static final PurchaseLine UNKNOWN = new PurchaseLine("X1", "Noget", 1, Money.ofOre(1000), ProductCategory.UKENDT);
    static final SpendingRules DAILY_20 = new SpendingRules(Money.ofOre(2000), Map.of(), Set.of());

    AggregateTestFixture<CardAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource(SchemeParts.allOn());
    }

    static MakePurchase buy(String id, PurchaseLine line) {
        return new MakePurchase(ACCOUNT, id, CARD, SCHOOL, TILL, UnitKind.SCHOOL, List.of(line), line.lineTotal(),
                "fp-" + id);
    }

    static PurchaseMade bought(String id, PurchaseLine line, UnitKind unit, long after) {
        return new PurchaseMade(ACCOUNT, id, CARD, SCHOOL, TILL, unit, List.of(line), line.lineTotal(),
                Money.ofOre(after), "fp-" + id);
    }

    static PurchaseDeclined declined(String id, PurchaseLine line, DeclineReason reason, BrokenSpendingRule rule) {
        return new PurchaseDeclined(ACCOUNT, id, CARD, SCHOOL, TILL, line.lineTotal(), reason, rule);
    }

    static SpendingRulesChanged rules(SpendingRules rules) {
        return new SpendingRulesChanged(ACCOUNT, rules);
    }

    @Test
    void theOwnerOrALinkedCitizenSetsDailyAndUnitLimitsAndBlockedCategories() {
        SpendingRules wanted = new SpendingRules(Money.ofOre(5000), Map.of(UnitKind.CINEMA, Money.ofOre(3000)),
                Set.of(ProductCategory.SLIK, ProductCategory.UKENDT));
        fixture.given(opened(), issued())
                .when(new ChangeSpendingRules(ACCOUNT, wanted))
                .expectEvents(rules(wanted));
    }

    @Test
    void settingTheRulesInForceAgainRecordsNothing() {
        fixture.given(opened(), issued(), rules(DAILY_20))
                .when(new ChangeSpendingRules(ACCOUNT, DAILY_20))
                .expectNoEvents();
    }

    @Test
    void aLimitOfZeroOrLessIsRefusedAsInvalid() {
        rejectedWith(fixture.given(opened(), issued())
                .when(new ChangeSpendingRules(ACCOUNT, new SpendingRules(Money.ZERO, Map.of(), Set.of()))),
                RejectionCode.INVALID_REQUEST);
        rejectedWith(fixture.given(opened(), issued())
                .when(new ChangeSpendingRules(ACCOUNT, new SpendingRules(null,
                        Map.of(UnitKind.CINEMA, Money.ofOre(-1)), Set.of()))),
                RejectionCode.INVALID_REQUEST);
    }

    @Test
    void rulesCannotBeSetWhileTheMunicipalityHasSpendingRulesSwitchedOff() {
        fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource(SchemeParts.allBut(SchemePart.SPENDING_RULES));
        rejectedWith(fixture.given(opened(), issued()).when(new ChangeSpendingRules(ACCOUNT, DAILY_20)),
                RejectionCode.PART_SWITCHED_OFF);
    }

    @Test
    void twoPurchasesWithinTheDailyLimitPassAndTheThirdIsDeclinedDailyLimitReached() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(DAILY_20),
                        bought("p1", LUNCH, UnitKind.SCHOOL, 5500), bought("p2", LUNCH, UnitKind.SCHOOL, 4500))
                .when(buy("p3", LUNCH))
                .expectEvents(declined("p3", LUNCH, DeclineReason.DAILY_LIMIT_REACHED,
                        BrokenSpendingRule.dailyLimit(Money.ofOre(2000), Money.ofOre(2000))))
                .expectResultMessagePayload(new PurchaseOutcome.Declined("p3", DeclineReason.DAILY_LIMIT_REACHED,
                        BrokenSpendingRule.dailyLimit(Money.ofOre(2000), Money.ofOre(2000))));
    }

    @Test
    void aPurchaseUpToExactlyTheDailyLimitPasses() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(DAILY_20),
                        bought("p1", LUNCH, UnitKind.SCHOOL, 5500))
                .when(buy("p2", LUNCH))
                .expectEvents(bought("p2", LUNCH, UnitKind.SCHOOL, 4500));
    }

    @Test
    void theDailyLimitStartsAfreshAtCopenhagenMidnightNotUtcMidnight() {
        // 23:30 UTC is already the next day in Copenhagen (00:30)
        fixture.givenCurrentTime(Instant.parse("2026-12-07T22:00:00Z"))
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(DAILY_20),
                        bought("p1", LUNCH, UnitKind.SCHOOL, 5500), bought("p2", LUNCH, UnitKind.SCHOOL, 4500))
                .andGivenCurrentTime(Instant.parse("2026-12-07T23:30:00Z"))
                .when(buy("p3", LUNCH))
                .expectEvents(bought("p3", LUNCH, UnitKind.SCHOOL, 3500));
    }

    @Test
    void purchasesLateTheSameCopenhagenDayCountTowardsItsLimit() {
        // 22:30 Copenhagen and 23:30 Copenhagen are the same day, though 21:30 and 22:30 UTC
        fixture.givenCurrentTime(Instant.parse("2026-12-07T21:30:00Z"))
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(DAILY_20),
                        bought("p1", LUNCH, UnitKind.SCHOOL, 5500), bought("p2", LUNCH, UnitKind.SCHOOL, 4500))
                .andGivenCurrentTime(Instant.parse("2026-12-07T22:30:00Z"))
                .when(buy("p3", LUNCH))
                .expectEvents(declined("p3", LUNCH, DeclineReason.DAILY_LIMIT_REACHED,
                        BrokenSpendingRule.dailyLimit(Money.ofOre(2000), Money.ofOre(2000))));
    }

    @Test
    void aPurchaseOverTheLimitOfItsUnitKindIsDeclinedUnitLimitReached() {
        SpendingRules schoolTen = new SpendingRules(null, Map.of(UnitKind.SCHOOL, Money.ofOre(1500)), Set.of());
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(schoolTen),
                        bought("p1", LUNCH, UnitKind.SCHOOL, 5500))
                .when(buy("p2", LUNCH))
                .expectEvents(declined("p2", LUNCH, DeclineReason.UNIT_LIMIT_REACHED,
                        BrokenSpendingRule.unitLimit(UnitKind.SCHOOL, Money.ofOre(1500), Money.ofOre(1000))));
    }

    @Test
    void spendingAtAnotherUnitKindDoesNotCountTowardsAUnitKindsLimit() {
        SpendingRules schoolFifteen = new SpendingRules(null, Map.of(UnitKind.SCHOOL, Money.ofOre(1500)), Set.of());
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(schoolFifteen),
                        bought("p1", LUNCH, UnitKind.CINEMA, 5500))
                .when(buy("p2", LUNCH))
                .expectEvents(bought("p2", LUNCH, UnitKind.SCHOOL, 4500));
    }

    @Test
    void aLineOfABlockedCategoryIsDeclinedCategoryBlocked() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500),
                        rules(new SpendingRules(null, Map.of(), Set.of(ProductCategory.SLIK))))
                .when(buy("p1", CANDY))
                .expectEvents(declined("p1", CANDY, DeclineReason.CATEGORY_BLOCKED,
                        BrokenSpendingRule.blockedCategory(ProductCategory.SLIK)));
    }

    @Test
    void aBlockOfUnknownCategoryAlsoCatchesALineWithoutAnyCategory() {
        PurchaseLine noCategory = new PurchaseLine("X1", "Noget", 1, Money.ofOre(1000));
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500),
                        rules(new SpendingRules(null, Map.of(), Set.of(ProductCategory.UKENDT))))
                .when(buy("p1", noCategory))
                .expectEvents(declined("p1", noCategory, DeclineReason.CATEGORY_BLOCKED,
                        BrokenSpendingRule.blockedCategory(ProductCategory.UKENDT)));
    }

    @Test
    void otherCategoriesPassABlock() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500),
                        rules(new SpendingRules(null, Map.of(), Set.of(ProductCategory.SLIK, ProductCategory.UKENDT))))
                .when(buy("p1", LUNCH))
                .expectEvents(bought("p1", LUNCH, UnitKind.SCHOOL, 5500));
    }

    @Test
    void aChangeAppliesToTheVeryNextPurchase() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500), bought("p1", LUNCH, UnitKind.SCHOOL, 5500),
                        rules(new SpendingRules(Money.ofOre(1500), Map.of(), Set.of())))
                .when(buy("p2", LUNCH))
                .expectEvents(declined("p2", LUNCH, DeclineReason.DAILY_LIMIT_REACHED,
                        BrokenSpendingRule.dailyLimit(Money.ofOre(1500), Money.ofOre(1000))));
    }

    @Test
    void liftingTheRulesLetsTheVeryNextPurchasePass() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(DAILY_20),
                        bought("p1", LUNCH, UnitKind.SCHOOL, 5500), bought("p2", LUNCH, UnitKind.SCHOOL, 4500),
                        rules(SpendingRules.NONE))
                .when(buy("p3", LUNCH))
                .expectEvents(bought("p3", LUNCH, UnitKind.SCHOOL, 3500));
    }

    @Test
    void aRefundOfTodaysPurchaseGivesItsAmountBackToTodaysLimit() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(DAILY_20),
                        bought("p1", LUNCH, UnitKind.SCHOOL, 5500), bought("p2", LUNCH, UnitKind.SCHOOL, 4500),
                        new PurchaseRefunded(ACCOUNT, "r1", "p2", SCHOOL, TILL, Money.ofOre(1000), null,
                                Money.ofOre(5500), "fp-r1"))
                .when(buy("p3", LUNCH))
                .expectEvents(bought("p3", LUNCH, UnitKind.SCHOOL, 4500));
    }

    @Test
    void aRefundOfAnEarlierDaysPurchaseDoesNotRaiseTodaysLimit() {
        fixture.givenCurrentTime(MORNING.minus(Duration.ofDays(1)))
                .andGiven(opened(), issued(), deposited(6500, 6500), rules(DAILY_20),
                        bought("p0", LUNCH, UnitKind.SCHOOL, 5500))
                .andGivenCurrentTime(MORNING)
                .andGiven(bought("p1", LUNCH, UnitKind.SCHOOL, 4500), bought("p2", LUNCH, UnitKind.SCHOOL, 3500),
                        new PurchaseRefunded(ACCOUNT, "r0", "p0", SCHOOL, TILL, Money.ofOre(1000), null,
                        Money.ofOre(4500), "fp-r0"))
                .when(buy("p3", LUNCH))
                .expectEvents(declined("p3", LUNCH, DeclineReason.DAILY_LIMIT_REACHED,
                        BrokenSpendingRule.dailyLimit(Money.ofOre(2000), Money.ofOre(2000))));
    }

    @Test
    void aBrokenRuleIsReportedRatherThanInsufficientFunds() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(500, 500),
                        rules(new SpendingRules(null, Map.of(), Set.of(ProductCategory.SLIK))))
                .when(buy("p1", CANDY))
                .expectEvents(declined("p1", CANDY, DeclineReason.CATEGORY_BLOCKED,
                        BrokenSpendingRule.blockedCategory(ProductCategory.SLIK)));
    }

    @Test
    void aBlockedCardIsStillDeclinedCardBlockedWhateverTheRules() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500),
                        rules(new SpendingRules(null, Map.of(), Set.of(ProductCategory.SLIK))),
                        new dk.kantinekort.api.account.CardBlocked(ACCOUNT, CARD, null,
                                dk.kantinekort.api.account.BlockOrigin.CITIZEN))
                .when(buy("p1", CANDY))
                .expectEvents(declined("p1", CANDY, DeclineReason.CARD_BLOCKED, null));
    }

    @Test
    void rulesAreNotEnforcedWhileTheMunicipalityHasSpendingRulesSwitchedOff() {
        MakePurchase unchecked = new MakePurchase(ACCOUNT, "p1", CARD, SCHOOL, TILL, UnitKind.SCHOOL, List.of(CANDY),
                CANDY.lineTotal(), "fp-p1", false);
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500),
                        rules(new SpendingRules(Money.ofOre(100), Map.of(), Set.of(ProductCategory.SLIK))))
                .when(unchecked)
                .expectEvents(bought("p1", CANDY, UnitKind.SCHOOL, 5500));
    }

    @Test
    void theUnknownCategoryIsBlockableOnItsOwn() {
        fixture.givenCurrentTime(MORNING)
                .andGiven(opened(), issued(), deposited(6500, 6500),
                        rules(new SpendingRules(null, Map.of(), Set.of(ProductCategory.UKENDT))))
                .when(buy("p1", UNKNOWN))
                .expectEvents(declined("p1", UNKNOWN, DeclineReason.CATEGORY_BLOCKED,
                        BrokenSpendingRule.blockedCategory(ProductCategory.UKENDT)));
    }
}
