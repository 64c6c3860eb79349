package dk.kantinekort.ui.staff.support;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dk.kantinekort.api.relation.EndAccountLink;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.SearchAccountsByBirthDate;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountsOfCitizen;
import dk.kantinekort.api.account.SearchAccountsByHolder;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.citizen.ForgetCitizen;
import dk.kantinekort.api.citizen.ForgetReason;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.ListDepositsOfAccount;
import dk.kantinekort.api.payment.ResendReceipt;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.ui.testing.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dk.kantinekort.api.account.AccountSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupportViewTest extends BackofficeUiTest {

    private final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void theRelationIsKnown() {
        queries.answer(FindCitizenByCpr.class, q -> {
            asked.add(q);
            return q.cpr().replace("-", "").equals("0909091234") ? TestData.RELATION : null;
        });
        queries.answer(FindAccountsOfCitizen.class, q -> List.of(RELATION_CARD));
        queries.answer(FindAccountByCard.class, q -> {
            asked.add(q);
            return null;
        });
        queries.answer(SearchAccountsByHolder.class, q -> {
            asked.add(q);
            return List.of(RELATION_CARD, ANNA_CARD);
        });
        commands.answer(BlockCard.class, c -> null);
        commands.answer(UnblockCard.class, c -> null);
        commands.answer(dk.kantinekort.api.account.BlockAccount.class, c -> null);
        commands.answer(dk.kantinekort.api.account.UnblockAccount.class, c -> null);
    }

    @Test
    void aFullCprNumberFindsThePersonsAccountsAndIsShownOnlyMasked() {
        open("backoffice/support");

        search("090909-1234");

        assertThat(asked).contains(new FindCitizenByCpr("090909-1234"));
        String row = rowText("support-account-" + RELATION_CARD.accountId());
        assertThat(row).contains("Test Harms Relation", "090909-", "Konto", "04579A22352680", "10,00 kr.", "Aktiv")
                .doesNotContain("1234");
        assertThat(_get(TextField.class, spec -> spec.withId("support-search")).getValue()).isEqualTo("090909-1234");
    }

    @Test
    void aCardAccountWithoutANameOfItsOwnIsCalledKantinekort() {
        queries.answer(FindAccountsOfCitizen.class, q -> List.of(TestData.account(RELATION_CARD.accountId(),
                TestData.RELATION, "Test Harms Relation", "090909-", null, 1000, AccountStatus.ACTIVE,
                "04579A22352680")));
        open("backoffice/support");

        search("090909-1234");

        assertThat(rowText("support-account-" + RELATION_CARD.accountId()))
                .contains("Test Harms Relation", "Kantinekort", "04579A22352680");
    }

    @Test
    void wordsAreANameSearch() {
        open("backoffice/support");

        search("harms");

        assertThat(asked).containsExactly(new SearchAccountsByHolder("harms", SupportDesk.MAX_RESULTS));
        assertThat(rowText("support-account-" + ANNA_CARD.accountId())).contains("Anna Jensen");
    }

    @Test
    void nothingFoundIsSaid() {
        open("backoffice/support");

        search("ZZ999999");

        assertThat(paragraph("support-none")).isEqualTo("Ingen konti fundet.");
    }

    @Test
    void recentDeclinesShowWhereAndWhyNewestFirst() {
        queries.answer(FindStatement.class, q -> new Statement(q.accountId(), q.from(), q.to(), Money.ZERO, Money.ZERO,
                List.of(declined("d1", "2026-03-20T09:00:00Z", "Biografen", DeclineReason.UNIT_NOT_ALLOWED),
                        new StatementRow("p1", Instant.parse("2026-03-21T09:00:00Z"), StatementRowType.PURCHASE,
                                Money.ofOre(-300), Money.ofOre(700), "Skole", "place-1", List.of(), null),
                        declined("d2", "2026-03-25T09:00:00Z", "Skole", DeclineReason.CARD_BLOCKED))));
        open("backoffice/support");
        search("0909091234");

        _click(_get(Button.class, spec -> spec.withId("support-declines-" + RELATION_CARD.accountId())));

        assertThat(rowText("support-decline-0")).contains("25-03-2026 10:00", "Skole", "Kortet er spærret");
        assertThat(rowText("support-decline-1")).contains("Biografen", "Kortet må ikke benyttes på denne enhed");
    }

    @Test
    void offlineKoebShowsTheOpenDebtAndEachOfflineSaleWithItsTimesAndWhatToFollowUp() {
        AccountSummary inDebt = TestData.account(RELATION_CARD.accountId(), TestData.RELATION, "Test Harms Relation",
                "090909-", null, -1500, dk.kantinekort.api.account.AccountStatus.ACTIVE, "04579A22352680");
        queries.answer(FindAccountsOfCitizen.class, q -> List.of(inDebt));
        queries.answer(dk.kantinekort.api.offline.ListOfflineSales.class, q -> List.of(
                new dk.kantinekort.api.offline.OfflineSaleView("s1", Instant.parse("2026-03-20T10:42:00Z"),
                        Instant.parse("2026-03-20T11:15:00Z"), "Gladsaxe Skole", Money.ofOre(2_500),
                        Money.ofOre(-1_500), java.util.Set.of(dk.kantinekort.api.offline.OfflineSaleFlag.LEFT_DEBT,
                        dk.kantinekort.api.offline.OfflineSaleFlag.OVER_DAILY_LIMIT))));
        open("backoffice/support");
        search("0909091234");

        _click(_get(Button.class, spec -> spec.withId("support-offline-" + RELATION_CARD.accountId())));

        assertThat(paragraph("support-offline-debt")).isEqualTo("Åben gæld fra offline køb: 15,00 kr. Den næste "
                + "indbetaling dækker gælden først; indtil da afviser kasserne kortet offline.");
        assertThat(rowText("support-offline-0")).contains("20-03-2026 11:42", "20-03-2026 12:15", "Gladsaxe Skole",
                "25,00 kr.", "-15,00 kr.", "Over dagens grænse for offline køb, Gav gæld");
    }

    @Test
    void aDeclineByASpendingRuleNamesTheRule() {
        queries.answer(FindStatement.class, q -> new Statement(q.accountId(), q.from(), q.to(), Money.ZERO, Money.ZERO,
                List.of(new StatementRow("d1", Instant.parse("2026-03-20T09:00:00Z"), StatementRowType.DECLINED,
                        Money.ZERO, null, "Skole", "place", List.of(), DeclineReason.DAILY_LIMIT_REACHED,
                        dk.kantinekort.api.spending.BrokenSpendingRule.dailyLimit(Money.ofOre(2000),
                                Money.ofOre(2000))))));
        open("backoffice/support");
        search("0909091234");

        _click(_get(Button.class, spec -> spec.withId("support-declines-" + RELATION_CARD.accountId())));

        assertThat(rowText("support-decline-0")).contains("Skole", "Dagsgrænsen på 20,00 kr. var nået");
    }

    @Test
    void aBlockNeedsAReasonAndIsSentForTheAccount() {
        open("backoffice/support");
        search("0909091234");
        _click(_get(Button.class, spec -> spec.withId("support-block-" + RELATION_CARD.accountId())));

        _click(_get(Button.class, spec -> spec.withId("support-block-confirm")));
        assertThat(commands.sent()).isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withId("support-block-reason")), "Bortkommet, ringede kl. 9");
        _click(_get(Button.class, spec -> spec.withId("support-block-confirm")));

        assertThat(commands.sent()).containsExactly(new BlockCard(RELATION_CARD.accountId(), "Bortkommet, ringede kl. 9"));
        assertThat(paragraph("support-message")).isEqualTo("Kortet er spærret.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void forgettingAPersonNeedsAReasonAndIsSentForTheHolder() {
        commands.answer(ForgetCitizen.class, c -> null);
        open("backoffice/support");
        search("0909091234");
        _click(_get(Button.class, spec -> spec.withId("support-forget-" + RELATION_CARD.accountId())));

        _click(_get(Button.class, spec -> spec.withId("support-forget-confirm")));
        assertThat(commands.sent()).as("no reason, nothing forgotten").isEmpty();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("support-forget-reason")),
                ForgetReason.CITIZEN_REQUEST);
        _click(_get(Button.class, spec -> spec.withId("support-forget-confirm")));

        assertThat(commands.sent()).containsExactly(new ForgetCitizen(RELATION_CARD.citizenId(),
                ForgetReason.CITIZEN_REQUEST));
        assertThat(paragraph("support-message")).isEqualTo("Borgeren er glemt.");
    }

    @Test
    void aPersonsLinksBothWaysAreListed_andStaffEndOneAfterConfirming() {
        List<RelationSummary> links = new ArrayList<>(List.of(
                TestData.relation("rel-1", TestData.CHRISTIAN, "Christian Harms", TestData.RELATION,
                        "Test Harms Relation", "090909-", RelationStatus.ACTIVE),
                TestData.relation("rel-2", TestData.RELATION, "Test Harms Relation", null, null, "010190-",
                        RelationStatus.PENDING)));
        queries.answer(FindRelationsOfCitizen.class, q -> {
            asked.add(q);
            return List.copyOf(links);
        });
        commands.answer(EndAccountLink.class, c -> {
            links.removeIf(link -> link.relationId().equals(c.relationId()));
            return null;
        });
        open("backoffice/support");
        search("0909091234");

        _click(_get(Button.class, spec -> spec.withId("support-links-" + RELATION_CARD.accountId())));

        assertThat(asked).contains(new FindRelationsOfCitizen(TestData.RELATION));
        assertThat(rowText("support-link-rel-1")).contains("Christian Harms", "Test Harms Relation", "Aktiv",
                "06-03-2026", "Afslut tilknytning");
        assertThat(rowText("support-link-rel-2")).contains("Test Harms Relation", "010190-", "Afventer godkendelse");

        _click(_get(Button.class, spec -> spec.withId("support-end-link-rel-1")));
        assertThat(commands.sent()).as("nothing before the confirmation").isEmpty();
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("support-end-link-confirm")));

        assertThat(commands.sent()).containsExactly(new EndAccountLink("rel-1"));
        assertThat(paragraph("support-message")).isEqualTo("Tilknytningen er afsluttet.");
        assertThat(_find(Button.class, spec -> spec.withId("support-end-link-rel-1"))).isEmpty();
    }

    @Test
    void staffBlockTheWholeAccountWithAReasonApartFromTheCard() {
        open("backoffice/support");
        search("0909091234");
        _click(_get(Button.class, spec -> spec.withId("support-account-block-" + RELATION_CARD.accountId())));

        _setValue(_get(TextArea.class, spec -> spec.withId("support-block-reason")), "Misbrug");
        _click(_get(Button.class, spec -> spec.withId("support-block-confirm")));

        assertThat(commands.sent()).containsExactly(
                new dk.kantinekort.api.account.BlockAccount(RELATION_CARD.accountId(), "Misbrug"));
        assertThat(paragraph("support-message")).isEqualTo("Kontoen er spærret.");
    }

    @Test
    void aBlockedAccountSaysSoAndIsUnblockedAsAnAccount() {
        queries.answer(FindAccountsOfCitizen.class, q -> List.of(new dk.kantinekort.api.account.AccountSummary(
                RELATION_CARD.accountId(), TestData.RELATION, "Test Harms Relation", "090909-", "Konto",
                dk.kantinekort.api.money.Money.ofOre(1000), AccountStatus.BLOCKED, "04579A22352680", List.of(),
                java.util.EnumSet.allOf(dk.kantinekort.api.account.UnitKind.class), java.time.Instant.now(),
                dk.kantinekort.api.account.BlockOrigin.STAFF, AccountStatus.ACTIVE, null)));
        open("backoffice/support");
        search("0909091234");

        assertThat(rowText("support-account-" + RELATION_CARD.accountId())).contains("Konto spærret af kommunen");
        assertThat(_get(Button.class, spec -> spec.withId("support-block-" + RELATION_CARD.accountId())).getText())
                .as("the card itself is not blocked").isEqualTo("Spær kort");
        _click(_get(Button.class, spec -> spec.withId("support-account-block-" + RELATION_CARD.accountId())));

        assertThat(commands.sent()).containsExactly(
                new dk.kantinekort.api.account.UnblockAccount(RELATION_CARD.accountId()));
    }

    @Test
    void aBlockedCardCanBeUnblocked() {
        queries.answer(FindAccountsOfCitizen.class, q -> List.of(TestData.cardBlocked(RELATION_CARD.accountId(),
                TestData.RELATION, "Test Harms Relation", "090909-", "Konto", 1000, "04579A22352680")));
        open("backoffice/support");
        search("0909091234");

        assertThat(rowText("support-account-" + RELATION_CARD.accountId())).as("who blocked it")
                .contains("Spærret af borger");
        Button unblock = _get(Button.class, spec -> spec.withId("support-block-" + RELATION_CARD.accountId()));
        assertThat(unblock.getText()).isEqualTo("Ophæv spærring");
        _click(unblock);

        assertThat(commands.sent()).containsExactly(new UnblockCard(RELATION_CARD.accountId()));
    }

    @Test
    void aDateOfBirthFindsTheAccountsOfThePeopleBornThatDay() {
        queries.answer(SearchAccountsByBirthDate.class, q -> {
            asked.add(q);
            return List.of(RELATION_CARD);
        });
        open("backoffice/support");

        search("090909");

        assertThat(asked).contains(new SearchAccountsByBirthDate("090909", SupportDesk.MAX_RESULTS));
        assertThat(rowText("support-account-" + RELATION_CARD.accountId())).contains("Test Harms Relation");
    }

    @Test
    void aPaidDepositsReceiptIsSentAgain() {
        queries.answer(ListDepositsOfAccount.class, q -> List.of(
                deposit("d-open", DepositView.State.OPEN), deposit("d-paid", DepositView.State.PAID)));
        commands.answer(ResendReceipt.class, c -> null);
        open("backoffice/support");
        search("0909091234");
        _click(_get(Button.class, spec -> spec.withId("support-deposits-" + RELATION_CARD.accountId())));

        assertThat(_find(Button.class, spec -> spec.withId("support-resend-d-open"))).isEmpty();
        assertThat(rowText("support-deposit-d-paid")).contains("100,00 kr.", "3,25 kr.", "pay-d-paid");
        _click(_get(Button.class, spec -> spec.withId("support-resend-d-paid")));

        assertThat(commands.sent()).containsExactly(new ResendReceipt(RELATION_CARD.accountId(), "d-paid"));
        assertThat(paragraph("support-message")).startsWith("Kvitteringen sendes igen");
    }

    @Test
    void aDocumentedPaymentIsCreditedByHandWithTheEvidenceAsReferenceOnceOnly() {
        commands.answer(DepositMoney.class, c -> Money.ofKroner(310));
        queries.answer(ListDepositsOfAccount.class, q -> List.of());
        open("backoffice/support");
        search("0909091234");
        _click(_get(Button.class, spec -> spec.withId("support-credit-" + RELATION_CARD.accountId())));

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("support-credit-amount")), new BigDecimal("300"));
        _click(_get(Button.class, spec -> spec.withId("support-credit-confirm")));
        assertThat(commands.sent()).as("no evidence, nothing credited").isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withId("support-credit-evidence")),
                "Kontoudtog Danske Bank 03-03-2026, ordrenr. 12345");
        _click(_get(Button.class, spec -> spec.withId("support-credit-confirm")));

        DepositMoney credit = commands.sent(DepositMoney.class).get(0);
        assertThat(credit.accountId()).isEqualTo(RELATION_CARD.accountId());
        assertThat(credit.amount()).isEqualTo(Money.ofKroner(300));
        assertThat(credit.method()).isEqualTo(DepositMethod.MANUAL_CORRECTION);
        assertThat(credit.reference()).isEqualTo("Kontoudtog Danske Bank 03-03-2026, ordrenr. 12345");
        assertThat(credit.depositId()).isNotBlank();
        assertThat(paragraph("support-message")).isEqualTo("Beløbet er sat ind på kontoen.");
    }

    @Test
    void aDocumentedPaymentOfAnOpenDepositSettlesThatDepositWithItsAmount() {
        commands.answer(DepositMoney.class, c -> Money.ofKroner(110));
        queries.answer(ListDepositsOfAccount.class, q -> List.of(deposit("d-open", DepositView.State.OPEN),
                deposit("d-paid", DepositView.State.PAID)));
        open("backoffice/support");
        search("0909091234");
        _click(_get(Button.class, spec -> spec.withId("support-credit-" + RELATION_CARD.accountId())));
        _setValue(_get(TextArea.class, spec -> spec.withId("support-credit-evidence")), "Kontoudtog 03-03-2026");

        _click(_get(Button.class, spec -> spec.withId("support-credit-confirm")));
        assertThat(commands.sent()).as("staff must say whether it is the open deposit").isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> which = _get(RadioButtonGroup.class, spec -> spec.withId("support-credit-which"));
        assertThat(which.getListDataView().getItems().toList()).as("the open deposit and another payment").hasSize(2);
        which.setValue(which.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("support-credit-confirm")));

        DepositMoney credit = commands.sent(DepositMoney.class).get(0);
        assertThat(credit.settlesDepositId()).isEqualTo("d-open");
        assertThat(credit.amount()).as("the deposit's amount, without the fee").isEqualTo(Money.ofKroner(100));
        assertThat(credit.method()).isEqualTo(DepositMethod.MANUAL_CORRECTION);
    }

    private static DepositView deposit(String id, DepositView.State state) {
        return new DepositView(id, RELATION_CARD.accountId(), state, Money.ofKroner(100), Money.ofOre(325),
                DepositMethod.PAYMENT_CARD, "pay-" + id, "Visa", "411111******1111", null,
                Instant.parse("2026-03-01T09:00:00Z"),
                state == DepositView.State.PAID ? Instant.parse("2026-03-01T09:01:00Z") : null);
    }

    private static StatementRow declined(String id, String at, String place, DeclineReason reason) {
        return new StatementRow(id, Instant.parse(at), StatementRowType.DECLINED, Money.ZERO, null, place, "place",
                List.of(), reason);
    }

    private void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("support-search")), text);
        _click(_get(Button.class, spec -> spec.withId("support-find")));
    }
}
