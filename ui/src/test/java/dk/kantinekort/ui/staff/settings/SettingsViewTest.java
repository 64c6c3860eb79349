package dk.kantinekort.ui.staff.settings;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.scheme.ChangeAutoTopUpThreshold;
import dk.kantinekort.api.scheme.ChangeBrandingName;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.ChangeSupportContact;
import dk.kantinekort.api.scheme.SchemeId;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsViewTest extends BackofficeUiTest {

    @BeforeEach
    void theLedgersTerms() {
        queries.answer(FindPaymentTerms.class, q -> new PaymentTerms(Money.ofKroner(1), Money.ofKroner(5_000), Map.of(
                DepositMethod.PAYMENT_CARD, new FeeRule(100, 125),
                DepositMethod.MOBILEPAY, new FeeRule(0, 100),
                DepositMethod.AUTO_TOP_UP, new FeeRule(100, 125)), Money.ofKroner(50)));
        commands.answer(ChangeFeeSchedule.class, c -> null);
        commands.answer(ChangeAutoTopUpThreshold.class, c -> null);
        commands.answer(ChangeSupportContact.class, c -> null);
        commands.answer(ChangeBrandingName.class, c -> null);
    }

    @Test
    void theSchemesNameIsSentTrimmedAndAnEmptyNameIsNot() {
        open("backoffice/indstillinger");
        TextField name = _get(TextField.class, spec -> spec.withId("settings-branding-name"));
        assertThat(name.getValue()).isEqualTo("GladsaxeKortet");

        _setValue(name, "  ");
        _click(_get(Button.class, spec -> spec.withId("settings-branding-save")));
        assertThat(commands.sent()).isEmpty();

        _setValue(name, " LyngbyKortet ");
        _click(_get(Button.class, spec -> spec.withId("settings-branding-save")));
        assertThat(commands.sent()).containsExactly(new ChangeBrandingName(SchemeId.MUNICIPALITY, "LyngbyKortet"));
    }

    @Test
    void thePageShowsTheFeesAndThresholdTheLedgerChargesAndTheSupportContact() {
        open("backoffice/indstillinger");

        assertThat(fixed("payment-card").getValue()).isEqualByComparingTo("1.00");
        assertThat(percent("payment-card").getValue()).isEqualByComparingTo("1.25");
        assertThat(percent("mobilepay").getValue()).isEqualByComparingTo("1.00");
        assertThat(_get(IntegerField.class, spec -> spec.withId("settings-threshold")).getValue()).isEqualTo(50);
        assertThat(_get(TextField.class, spec -> spec.withId("settings-support-phone")).getValue())
                .isEqualTo("7199 5445");
    }

    @Test
    void aFeeIsSentAsOreAndBasisPoints() {
        open("backoffice/indstillinger");
        _setValue(fixed("payment-card"), new BigDecimal("1.50"));
        _setValue(percent("payment-card"), new BigDecimal("0.75"));

        _click(_get(Button.class, spec -> spec.withId("settings-fee-save-payment-card")));

        assertThat(commands.sent()).containsExactly(new ChangeFeeSchedule(SchemeId.MUNICIPALITY,
                DepositMethod.PAYMENT_CARD, 150, 75));
        assertThat(paragraph("settings-message")).isEqualTo("Gebyret er ændret.");
    }

    @Test
    void aNegativeFeeOrMoreThanTwoDecimalsIsNotSent() {
        open("backoffice/indstillinger");
        _setValue(fixed("mobilepay"), new BigDecimal("-1"));
        _click(_get(Button.class, spec -> spec.withId("settings-fee-save-mobilepay")));
        _setValue(fixed("mobilepay"), new BigDecimal("0"));
        _setValue(percent("mobilepay"), new BigDecimal("0.125"));
        _click(_get(Button.class, spec -> spec.withId("settings-fee-save-mobilepay")));

        assertThat(commands.sent()).isEmpty();
        assertThat(paragraph("settings-message")).startsWith("Skriv et fast beløb fra 0 til 5.000 kr.");
    }

    @Test
    void theThresholdIsWholeKronerUpToFiveThousand() {
        open("backoffice/indstillinger");
        IntegerField threshold = _get(IntegerField.class, spec -> spec.withId("settings-threshold"));
        _setValue(threshold, 5_001);
        _click(_get(Button.class, spec -> spec.withId("settings-threshold-save")));
        assertThat(commands.sent()).isEmpty();

        _setValue(threshold, 75);
        _click(_get(Button.class, spec -> spec.withId("settings-threshold-save")));

        assertThat(commands.sent()).containsExactly(new ChangeAutoTopUpThreshold(SchemeId.MUNICIPALITY,
                Money.ofKroner(75)));
    }

    @Test
    void theSupportContactIsSent() {
        open("backoffice/indstillinger");
        _setValue(_get(TextField.class, spec -> spec.withId("settings-support-phone")), "4444 1234");
        _setValue(_get(EmailField.class, spec -> spec.withId("settings-support-email")), "kort@gladsaxe.dk");
        _setValue(_get(TextField.class, spec -> spec.withId("settings-support-hours")), "hverdage 9-12");

        _click(_get(Button.class, spec -> spec.withId("settings-support-save")));

        assertThat(commands.sent()).containsExactly(new ChangeSupportContact(SchemeId.MUNICIPALITY, "4444 1234",
                "kort@gladsaxe.dk", "hverdage 9-12"));
    }

    private static BigDecimalField fixed(String method) {
        return _get(BigDecimalField.class, spec -> spec.withId("settings-fee-fixed-" + method));
    }

    private static BigDecimalField percent(String method) {
        return _get(BigDecimalField.class, spec -> spec.withId("settings-fee-percent-" + method));
    }
}
