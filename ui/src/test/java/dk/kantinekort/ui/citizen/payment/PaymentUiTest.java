package dk.kantinekort.ui.citizen.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.testing.PortalUiTest;
import dk.kantinekort.ui.testing.TestClock;
import dk.kantinekort.ui.testing.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The payment pages on fake gateways: Christian Harms logged in with his card and his relation's, Anna Jensen's
 * account out of his reach; terms 1-5.000 kr., Betalingskort 1,00 kr. + 2,25 %, MobilePay 1,00 kr. + 1 %.
 */
@ContextConfiguration(classes = PaymentUiTest.PaymentTestContext.class)
abstract class PaymentUiTest extends PortalUiTest {

    static final String CHRISTIAN_ACCOUNT = TestData.CHRISTIAN_CARD.accountId();
    static final AccountSummary ANNA_CARD = TestData.account("account-anna", TestData.ANNA, "Anna Jensen",
            "010190-", "Betalingskort", 20000, AccountStatus.ACTIVE, "99887766");
    static final PaymentTerms TERMS = new PaymentTerms(Money.ofKroner(1), Money.ofKroner(5_000), Map.of(
            DepositMethod.PAYMENT_CARD, new FeeRule(100, 225),
            DepositMethod.MOBILEPAY, new FeeRule(100, 100),
            DepositMethod.AUTO_TOP_UP, new FeeRule(100, 225)), Money.ofKroner(50));

    @Autowired
    TestClock clock;
    @Autowired
    SwitchablePaymentSettings settings;
    @Autowired
    SwitchablePayoutSettings payoutSettings;

    @Override
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, PaymentsView.class, ReceiptView.class, AutoTopUpReturnView.class);
    }

    @BeforeEach
    void christianIsLoggedIn() {
        clock.set(Instant.parse("2026-04-01T10:00:00Z"));
        settings.payoutEnabled = true;
        payoutSettings.typedBankAccount = false;
        citizen.logIn(TestData.CHRISTIAN);
        accessible(TestData.CHRISTIAN_CARD, TestData.RELATION_CARD);
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        queries.answer(FindPaymentTerms.class, q -> TERMS);
        queries.answer(FindCitizenProfile.class, q -> q.citizenId().equals(TestData.CHRISTIAN)
                ? new CitizenProfile(TestData.CHRISTIAN, "270182-", new ContactDetails("Christian Harms",
                "christian@example.dk", "Højvangen 4", "3480", "Fredensborg", null, null), false) : null);
    }

    void accessible(AccountSummary... accounts) {
        queries.answer(FindAccessibleAccounts.class, q -> List.of(accounts));
    }

    /** Where the page sent the browser with Page.setLocation, if anywhere. */
    static List<String> browserLocations() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .flatMap(invocation -> invocation.getParameters().stream())
                .filter(Objects::nonNull).map(Object::toString).filter(p -> p.startsWith("http")).toList();
    }

    static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    /** The settings with payout switched on or off per test; links to a public address. */
    static final class SwitchablePaymentSettings extends PaymentSettings {
        boolean payoutEnabled = true;

        SwitchablePaymentSettings() {
            super(true, "https://portal.example/");
        }

        @Override
        public boolean payoutEnabled() {
            return payoutEnabled;
        }
    }

    /** NemKonto only (the default), or typed bank accounts allowed, per test. */
    static final class SwitchablePayoutSettings extends PayoutSettings {
        boolean typedBankAccount;

        SwitchablePayoutSettings() {
            super(false);
        }

        @Override
        public boolean typedBankAccount() {
            return typedBankAccount;
        }
    }

    @Configuration
    @Import(PaymentQueries.class)
    static class PaymentTestContext {

        @Bean
        TestClock clock() {
            return new TestClock(Instant.parse("2026-04-01T10:00:00Z"));
        }

        @Bean
        SwitchablePaymentSettings paymentSettings() {
            return new SwitchablePaymentSettings();
        }

        @Bean
        SwitchablePayoutSettings payoutSettings() {
            return new SwitchablePayoutSettings();
        }

        @Bean
        MunicipalitySettings municipalitySettings() {
            return TestData.gladsaxe(TestData.GLADSAXE_TERMS);
        }
    }
}
