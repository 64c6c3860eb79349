package dk.kantinekort.ui.citizen.subscription;

import dk.kantinekort.api.payment.FindCheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.CheckoutProgress;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ListCataloguePlaces;
import dk.kantinekort.api.catalogue.ListPlansOfPlace;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.api.subscription.ListEnrolmentsOfAccount;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.payment.PaymentQueries;
import dk.kantinekort.ui.citizen.payment.PaymentSettings;
import dk.kantinekort.ui.testing.PortalUiTest;
import dk.kantinekort.ui.testing.TestData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Abonnementer on fake gateways: Christian Harms logged in with two card accounts of his own and his relation's;
 * Frugtordning (45,00 kr. a week at Gladsaxe Skole) and Mælk (120,00 kr. a month) are offered.
 */
@ContextConfiguration(classes = SubscriptionsViewTest.SubscriptionTestContext.class)
class SubscriptionsViewTest extends PortalUiTest {

    static final String CHRISTIAN = TestData.CHRISTIAN_CARD.accountId();
    static final AccountSummary CHRISTIAN_SECOND = TestData.account("account-christian-2", TestData.CHRISTIAN,
            "Christian Harms", "270182-", "Konto", 2000, AccountStatus.ACTIVE, "04579A22352681");
    static final PlanView FRUGT = new PlanView("frugtordning", "Frugtordning",
            "Et stykke frugt hver skoledag, leveret i klassen", Money.ofOre(4_500), SubscriptionPeriod.WEEK,
            List.of("gladsaxe-skole"), false);
    static final PlanView MAELK = new PlanView("maelk", "Mælk", "Skolemælk hver dag", Money.ofKroner(120),
            SubscriptionPeriod.MONTH, List.of("gladsaxe-skole"), false);

    private final List<EnrolmentView> enrolments = new ArrayList<>();

    @BeforeEach
    void christianIsLoggedIn() {
        enrolments.clear();
        citizen.logIn(TestData.CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(TestData.CHRISTIAN_CARD, CHRISTIAN_SECOND,
                TestData.RELATION_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        queries.answer(ListPlansOfPlace.class, q -> List.of(FRUGT, MAELK));
        queries.answer(ListCataloguePlaces.class, q -> List.of(new CataloguePlace("gladsaxe-skole", "Gladsaxe Skole")));
        queries.answer(ListEnrolmentsOfAccount.class, q -> enrolments.stream()
                .filter(e -> e.accountId().equals(q.accountId())).toList());
        queries.answer(FindCitizenProfile.class, q -> new CitizenProfile(TestData.CHRISTIAN, "270182-",
                new ContactDetails("Christian Harms", "christian@example.dk", "Højvangen 4", "3480", "Fredensborg",
                        null, null), false));
    }

    @Override
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, SubscriptionsView.class, EnrolmentReturnView.class);
    }

    static EnrolmentView enrolment(String id, String accountId, PlanView plan, EnrolmentStatus status,
                                   PaymentDeclineReason failure) {
        return enrolment(id, accountId, plan, status, failure, Money.ZERO);
    }

    static EnrolmentView enrolment(String id, String accountId, PlanView plan, EnrolmentStatus status,
                                   PaymentDeclineReason failure, Money fee) {
        return new EnrolmentView(id, accountId, plan.planId(), plan.name(), plan.price(), plan.period(), status,
                status == EnrolmentStatus.AWAITING_PAYMENT_DETAILS ? null : "****1111",
                status == EnrolmentStatus.AWAITING_PAYMENT_DETAILS ? null : LocalDate.of(2026, 4, 5),
                status == EnrolmentStatus.ACTIVE ? Instant.parse("2026-04-05T22:00:00Z") : null, 1, failure, fee);
    }

    @Test
    void theKontiChooserNamesTheCardAccountWithItsWholeCardNumberAsMineKontiDoesWhilePaymentCardsStayMasked() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, null));
        open("abonnementer?konto=" + CHRISTIAN);
        ComboBox<AccountSummary> account = _get(ComboBox.class, spec -> spec.withId("subs-account"));
        assertThat(account.getItemLabelGenerator().apply(account.getValue()))
                .isEqualTo("Betalingskort 1562265116 – Christian Harms");
        assertThat(paragraph("plan-frugtordning-card")).isEqualTo("Betalingskort: ****1111");
    }

    @Test
    void theTilmeldDialogShowsTheCardFeePerPeriodAndWhatEachPeriodThenCosts() {
        queries.answer(FindPaymentTerms.class, q -> new PaymentTerms(Money.ofKroner(1), Money.ofKroner(5_000), Map.of(
                DepositMethod.PAYMENT_CARD, new FeeRule(100, 125), DepositMethod.MOBILEPAY, new FeeRule(0, 100)),
                Money.ofKroner(50)));
        open("abonnementer?konto=" + CHRISTIAN);

        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));

        assertThat(paragraph("enrol-fee"))
                .isEqualTo("Gebyr pr. trækning: 1,56 kr. (1,00 kr. + 1,25 %). Der trækkes i alt 46,56 kr. pr. uge.");
    }

    @Test
    void theTilmeldDialogSaysToClickFortsaetWhenTheCardIsSavedAsTheGuideAndTheHostedPageDo() {
        open("abonnementer?konto=" + CHRISTIAN);

        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));

        assertThat(paragraph("enrol-card-note")).endsWith(
                "klik \"Gennemfør betaling\", og klik \"Fortsæt\", når kortet er gemt.");
    }

    @Test
    void aFeeThatCannotBeReadIsSaidInTheTilmeldDialog() {
        open("abonnementer?konto=" + CHRISTIAN);

        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));

        assertThat(paragraph("enrol-fee")).isEqualTo("Gebyret kan ikke vises lige nu. Prøv igen om lidt.");
        assertThat(_get(Button.class, spec -> spec.withId("enrol-submit")).isEnabled()).isTrue();
    }

    @Test
    void anActiveEnrolmentShowsItsFeePerPeriodAndTheNextChargeWithTheFee() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, null, Money.ofOre(156)));

        open("abonnementer?konto=" + CHRISTIAN);

        assertThat(paragraph("plan-frugtordning-fee")).isEqualTo("Gebyr pr. trækning: 1,56 kr.");
        assertThat(paragraph("plan-frugtordning-next-charge")).isEqualTo("Næste trækning: 06-04-2026 (46,56 kr.)");
    }

    @Test
    void aPlanTheAccountIsNotEnrolledInOffersTilmeldAndAnActiveEnrolmentFrameldWithItsCardAndCharges() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, null));

        open("abonnementer?konto=" + CHRISTIAN);

        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-unenrol"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-enrol"))).isEmpty();
        assertThat(paragraph("plan-frugtordning-price")).isEqualTo("45,00 kr. pr. uge");
        assertThat(paragraph("plan-frugtordning-status")).isEqualTo("Status: Tilmeldt");
        assertThat(paragraph("plan-frugtordning-card")).isEqualTo("Betalingskort: ****1111");
        assertThat(paragraph("plan-frugtordning-paid-until")).isEqualTo("Betalt til og med 05-04-2026");
        assertThat(paragraph("plan-frugtordning-next-charge")).isEqualTo("Næste trækning: 06-04-2026 (45,00 kr.)");
        assertThat(_find(Paragraph.class, spec -> spec.withId("plan-frugtordning-fee"))).as("no fee, no line").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("plan-maelk-enrol"))).hasSize(1);
        assertThat(paragraph("plan-maelk-price")).isEqualTo("120,00 kr. pr. måned");
    }

    @Test
    void anotherAccountWithoutEnrolmentsSeesTilmeldForEveryPlan() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, null));

        open("abonnementer?konto=" + CHRISTIAN_SECOND.accountId());

        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-enrol"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-unenrol"))).isEmpty();
    }

    @Test
    void anEndedEnrolmentOffersTilmeldAgain() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ENDED, null));

        open("abonnementer?konto=" + CHRISTIAN);

        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-enrol"))).hasSize(1);
        assertThat(paragraph("plan-frugtordning-status")).isEqualTo("Status: Frameldt");
    }

    @Test
    void aPlansNameOpensItsDescriptionPeriodAndPlaces() {
        open("abonnementer");

        Details name = _get(Details.class, spec -> spec.withId("plan-frugtordning-name"));
        assertThat(name.getSummaryText()).isEqualTo("Frugtordning");
        name.setOpened(true);

        assertThat(paragraph("plan-frugtordning-description"))
                .isEqualTo("Et stykke frugt hver skoledag, leveret i klassen");
        assertThat(_get(Component.class, spec -> spec.withId("plan-frugtordning-info")).getElement()
                .getTextRecursively()).contains("Pris: 45,00 kr. pr. uge", "Periode: Ugentlig");
        assertThat(paragraph("plan-frugtordning-places")).isEqualTo("Steder: Gladsaxe Skole");
    }

    @Test
    void tilmeldWithoutAcceptingTheTermsIsRefusedNextToTheCheckbox() {
        open("abonnementer?konto=" + CHRISTIAN);
        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));

        _click(_get(Button.class, spec -> spec.withId("enrol-submit")));

        Checkbox accept = _get(Checkbox.class, spec -> spec.withId("enrol-accept"));
        assertThat(accept.isInvalid()).isTrue();
        assertThat(accept.getErrorMessage()).isEqualTo("Du skal acceptere betalingsbetingelserne for at tilmelde dig.");
        assertThat(accept.getLabel()).isEqualTo("Jeg har læst og accepteret betalingsbetingelserne");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void tilmeldSendsStartEnrolmentForTheChosenCardAccountAndSendsTheBrowserToTheHostedPage() {
        commands.answer(StartEnrolment.class, c -> null);
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.HOSTED_PAGE,
                "https://psp.example/hosted/pay-1", null, null, null));
        open("abonnementer?konto=" + CHRISTIAN);
        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));

        @SuppressWarnings("unchecked")
        ComboBox<AccountSummary> cardAccount = _get(ComboBox.class, spec -> spec.withId("enrol-card-account"));
        assertThat(cardAccount.getValue()).isEqualTo(TestData.CHRISTIAN_CARD);
        assertThat(cardAccount.getListDataView().getItems()).as("only Christian's own card accounts")
                .containsExactly(TestData.CHRISTIAN_CARD, CHRISTIAN_SECOND);
        assertThat(_get(TextField.class, spec -> spec.withId("enrol-email")).getValue())
                .isEqualTo("christian@example.dk");
        _setValue(cardAccount, CHRISTIAN_SECOND);
        _setValue(_get(Checkbox.class, spec -> spec.withId("enrol-accept")), true);
        _click(_get(Button.class, spec -> spec.withId("enrol-submit")));

        StartEnrolment sent = commands.sent(StartEnrolment.class).get(0);
        assertThat(sent.accountId()).isEqualTo(CHRISTIAN_SECOND.accountId());
        assertThat(sent.planId()).isEqualTo("frugtordning");
        assertThat(sent.receiptEmail()).isEqualTo("christian@example.dk");
        assertThat(sent.enrolmentId()).isNotBlank();
        assertThat(sent.links().returnUrl()).isEqualTo("https://portal.example/abonnementer/tilmelding?tilmelding="
                + sent.enrolmentId() + "&konto=" + CHRISTIAN_SECOND.accountId());
        assertThat(sent.links().cancelUrl()).isEqualTo(sent.links().returnUrl() + "&annulleret=1");
        assertThat(browserLocations()).containsExactly("https://psp.example/hosted/pay-1");
    }

    @Test
    void aPersonWithOneCardAccountIsNotAskedToChoose() {
        open("abonnementer?konto=" + TestData.RELATION_CARD.accountId());
        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));

        assertThat(_find(ComboBox.class, spec -> spec.withId("enrol-card-account"))).isEmpty();
    }

    @Test
    void theTermsOpenOverTheDialog() {
        open("abonnementer");
        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));

        _click(_get(Button.class, spec -> spec.withId("enrol-terms-link")));

        assertThat(_get(Dialog.class, spec -> spec.withId("terms-dialog")).getElement().getTextRecursively())
                .contains("Disse betingelser gælder for GladsaxeKortet.");
    }

    @Test
    void aPlanThatTakesNoEnrolmentsIsExplainedByTheButton() {
        commands.answer(StartEnrolment.class, c -> null); // recorded; the enrolment-checkout process finds the plan withdrawn
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.REFUSED,
                null, RejectionCode.NOT_OFFERED, null, null));
        open("abonnementer?konto=" + CHRISTIAN);
        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-enrol")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("enrol-accept")), true);

        _click(_get(Button.class, spec -> spec.withId("enrol-submit")));

        assertThat(paragraph("enrol-message")).isEqualTo("Abonnementet tager ikke imod nye tilmeldinger.");
        assertThat(browserLocations()).isEmpty();
    }

    @Test
    void frameldSendsUnenrolOnlyAfterConfirmationAndOffersTilmeldAgain() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, null));
        commands.answer(Unenrol.class, c -> null);
        open("abonnementer?konto=" + CHRISTIAN);

        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-unenrol")));
        assertThat(commands.sent()).as("nothing before confirming").isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unenrol-confirm")));

        assertThat(commands.sent()).containsExactly(new Unenrol(CHRISTIAN, "e-1"));
        assertThat(paragraph("subs-notice")).isEqualTo("Du er frameldt Frugtordning. Der trækkes ikke flere betalinger.");
        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-enrol")))
                .as("the ledger's answer wins over a read side that has not caught up").hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-unenrol"))).isEmpty();
    }

    @Test
    void aRefusedFrameldIsSaidNextToTheButton() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, null));
        commands.answer(Unenrol.class, c -> {
            throw new RejectedException(RejectionCode.ACCESS_DENIED, "not yours");
        });
        open("abonnementer?konto=" + CHRISTIAN);

        _click(_get(Button.class, spec -> spec.withId("plan-frugtordning-unenrol")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unenrol-confirm")));

        assertThat(paragraph("plan-frugtordning-message")).isEqualTo("Du kan ikke tilmelde eller framelde denne konto.");
        assertThat(_find(Button.class, spec -> spec.withId("plan-frugtordning-unenrol"))).hasSize(1);
    }

    @Test
    void aFailedChargeIsShownWithItsReasonTheGuidesAdviceAndHelp() {
        enrolments.add(enrolment("e-1", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, PaymentDeclineReason.CARD_EXPIRED));

        open("abonnementer?konto=" + CHRISTIAN);

        assertThat(paragraph("plan-frugtordning-failure-reason"))
                .isEqualTo("Seneste trækning mislykkedes: Betalingskortet er udløbet eller erstattet af et nyt.");
        assertThat(text("plan-frugtordning-failure-advice")).contains("frameld abonnementet og tilmeld det igen");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("plan-frugtordning-failure-help")).getHref()).isEqualTo("hjaelp?emne=abonnement-ikke-betalt");
    }

    @Test
    void anAccountOfSomeoneElseInTheAddressIsIgnored() {
        open("abonnementer?konto=account-anna");

        assertThat(paragraph("subs-konto-ignored")).startsWith("Den konto, linket pegede på, kan ikke vises.");
        @SuppressWarnings("unchecked")
        ComboBox<AccountSummary> account = _get(ComboBox.class, spec -> spec.withId("subs-account"));
        assertThat(account.getValue()).isEqualTo(TestData.CHRISTIAN_CARD);
    }

    @Test
    void backFromTheHostedPageTheEnrolmentIsConfirmedAndFollowedUntilActive() {
        commands.answer(ConfirmPayment.class, c -> null);
        enrolments.add(enrolment("e-9", CHRISTIAN, FRUGT, EnrolmentStatus.AWAITING_PAYMENT_DETAILS, null));

        open("abonnementer/tilmelding?tilmelding=e-9&konto=" + CHRISTIAN + "&paymentId=pay-9");

        assertThat(commands.sent()).containsExactly(new ConfirmPayment("pay-9"));
        assertThat(paragraph("subs-return-waiting")).startsWith("Vi venter på svar fra betalingsudbyderen");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1_000);

        enrolments.set(0, enrolment("e-9", CHRISTIAN, FRUGT, EnrolmentStatus.ACTIVE, null));
        poll();

        assertThat(paragraph("subs-return-active")).isEqualTo(
                "Kortet er gemt, og tilmeldingen er gennemført. Frugtordning trækkes nu løbende fra dit betalingskort.");
        assertThat(paragraph("subs-return-card")).isEqualTo("Betalingskort: ****1111");
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
    }

    @Test
    void cancelledOnTheHostedPageSaysNothingWasSaved() {
        commands.answer(ConfirmPayment.class, c -> null);

        open("abonnementer/tilmelding?tilmelding=e-9&konto=" + CHRISTIAN + "&annulleret=1&paymentId=pay-9");

        assertThat(paragraph("subs-return-cancelled")).isEqualTo("Tilmeldingen blev afbrudt. Der er ikke gemt noget "
                + "betalingskort, og der er ikke trukket noget.");
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
    }

    @Test
    void aReturnForAnAccountOfSomeoneElseShowsNothing() {
        open("abonnementer/tilmelding?tilmelding=e-9&konto=account-anna&paymentId=pay-9");

        assertThat(paragraph("subs-return-not-available")).isEqualTo("Tilmeldingen kan ikke vises.");
        assertThat(commands.sent()).isEmpty();
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    static List<String> browserLocations() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .flatMap(invocation -> invocation.getParameters().stream())
                .filter(Objects::nonNull).map(Object::toString).filter(p -> p.startsWith("http")).toList();
    }

    @Configuration
    @Import({PaymentQueries.class, SubscriptionQueries.class})
    static class SubscriptionTestContext {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        PaymentSettings paymentSettings() {
            return new PaymentSettings(true, "https://portal.example/");
        }

        @Bean
        MunicipalitySettings municipalitySettings() {
            return TestData.gladsaxe(new MunicipalitySettings.Document(
                    List.of("Disse betingelser gælder for GladsaxeKortet."), List.of(), "01-11-2026"));
        }
    }
}
