package dk.kantinekort.ui.citizen.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The payment pages' small decisions, without a browser. */
class PaymentRulesTest {

    static final PaymentTerms TERMS = new PaymentTerms(Money.ofKroner(1), Money.ofKroner(5_000),
            Map.of(DepositMethod.PAYMENT_CARD, new FeeRule(100, 225)), Money.ofKroner(50));
    static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void feeRulesReadInDanish() {
        assertThat(FeeTexts.rule(new FeeRule(100, 225))).isEqualTo("1,00 kr. + 2,25 %");
        assertThat(FeeTexts.rule(new FeeRule(100, 0))).isEqualTo("1,00 kr.");
        assertThat(FeeTexts.rule(new FeeRule(0, 150))).isEqualTo("1,5 %");
        assertThat(FeeTexts.rule(FeeRule.NONE)).isEmpty();
    }

    @Test
    void amountsAreWholeKronerWithinTheTerms() {
        assertThat(AmountCheck.check(100, false, TERMS)).isEmpty();
        assertThat(AmountCheck.check(1, false, TERMS)).isEmpty();
        assertThat(AmountCheck.check(5_000, false, TERMS)).isEmpty();
        assertThat(AmountCheck.check(0, false, TERMS).orElseThrow().key()).isEqualTo("payment.amount.too-small");
        assertThat(AmountCheck.check(-5, false, TERMS).orElseThrow().key()).isEqualTo("payment.amount.too-small");
        assertThat(AmountCheck.check(5_001, false, TERMS).orElseThrow().key()).isEqualTo("payment.amount.too-large");
        assertThat(AmountCheck.check(null, false, TERMS).orElseThrow().key()).isEqualTo("payment.amount.required");
        assertThat(AmountCheck.check(null, true, TERMS).orElseThrow().key()).isEqualTo("payment.amount.whole-kroner");
    }

    @Test
    void aBankAccountIsFourDigitsAndUpToTenDigits() {
        assertThat(BankAccountInput.of("1234", "0012345678").problems()).isEmpty();
        assertThat(BankAccountInput.of("12 34", "12-345").problems()).as("spaces and hyphens copied from a bank")
                .isEmpty();
        assertThat(BankAccountInput.of("123", "1").problems()).containsOnlyKeys(BankAccountInput.REGISTRATION);
        assertThat(BankAccountInput.of("12345", "").problems())
                .containsEntry(BankAccountInput.REGISTRATION, "payment.payout.reg.format")
                .containsEntry(BankAccountInput.ACCOUNT, "payment.payout.account.required");
        assertThat(BankAccountInput.of("1234", "12345678901").problems())
                .containsEntry(BankAccountInput.ACCOUNT, "payment.payout.account.format");
        assertThat(BankAccountInput.of("12a4", "1").problems())
                .containsEntry(BankAccountInput.REGISTRATION, "payment.payout.reg.format");
    }

    @Test
    void theReturnAddressesAreBuiltFromTheConfiguredPublicAddressOnly() {
        assertThat(PaymentLinks.of(new PaymentSettings(true, "https://kort.gladsaxe.dk/portal")).baseUrl())
                .isEqualTo("https://kort.gladsaxe.dk/portal/");
        PaymentLinks links = new PaymentLinks("https://kort.gladsaxe.dk");
        assertThat(links.deposit("a 1", "d-1").returnUrl())
                .isEqualTo("https://kort.gladsaxe.dk/indbetaling/kvittering?indbetaling=d-1&konto=a+1");
        assertThat(links.autoTopUp("a-1", "g-1").cancelUrl())
                .isEqualTo("https://kort.gladsaxe.dk/indbetaling/optankning?aftale=g-1&konto=a-1&annulleret=1");
    }

    @ParameterizedTest
    @EnumSource(PaymentDeclineReason.class)
    void everyReasonHasAdviceForDepositsAndTopUps(PaymentDeclineReason reason) {
        assertThat(PaymentAdvice.depositAdviceKeys(reason)).isNotEmpty();
        assertThat(PaymentAdvice.autoTopUpAdviceKeys(reason)).isNotEmpty();
        assertThat(PaymentAdvice.reasonKey(reason)).isEqualTo("payment.decline." + reason.name());
    }

    @Test
    void aDepositIsFollowedWhileOpenForAMinuteAtMost() {
        DepositWatch watch = new DepositWatch(T0, false, Duration.ofSeconds(60));

        assertThat(watch.see(Optional.of(deposit(DepositView.State.OPEN, null)), T0.plusSeconds(5)))
                .isEqualTo(new DepositWatch.State(DepositWatch.Outcome.WAITING, true));
        assertThat(watch.see(Optional.empty(), T0.plusSeconds(5)))
                .as("the read side may not know it yet").isEqualTo(new DepositWatch.State(DepositWatch.Outcome.WAITING, true));
        assertThat(watch.see(Optional.of(deposit(DepositView.State.PAID, null)), T0.plusSeconds(5)))
                .isEqualTo(new DepositWatch.State(DepositWatch.Outcome.PAID, false));
        assertThat(watch.see(Optional.of(deposit(DepositView.State.OPEN, PaymentDeclineReason.CARD_BLOCKED)),
                T0.plusSeconds(5))).isEqualTo(new DepositWatch.State(DepositWatch.Outcome.DECLINED, true));
        assertThat(watch.see(Optional.of(deposit(DepositView.State.OPEN, null)), T0.plusSeconds(60)))
                .isEqualTo(new DepositWatch.State(DepositWatch.Outcome.PROCESSING, false));
        assertThat(watch.see(Optional.empty(), T0.plusSeconds(61)))
                .isEqualTo(new DepositWatch.State(DepositWatch.Outcome.NOT_FOUND, false));
        assertThat(watch.see(Optional.of(deposit(DepositView.State.ABANDONED, null)), T0))
                .isEqualTo(new DepositWatch.State(DepositWatch.Outcome.ABANDONED, false));
    }

    @Test
    void aCancelledPaymentIsFinalAtOnce() {
        DepositWatch watch = new DepositWatch(T0, true, Duration.ofSeconds(60));

        assertThat(watch.see(Optional.of(deposit(DepositView.State.OPEN, null)), T0))
                .isEqualTo(new DepositWatch.State(DepositWatch.Outcome.CANCELLED, false));
        assertThat(watch.see(Optional.of(deposit(DepositView.State.OPEN, PaymentDeclineReason.IDENTICAL_TRANSACTION)), T0))
                .isEqualTo(new DepositWatch.State(DepositWatch.Outcome.DECLINED, false));
    }

    private static DepositView deposit(DepositView.State state, PaymentDeclineReason decline) {
        return new DepositView("d-1", "a-1", state, Money.ofKroner(100), Money.ofOre(325), DepositMethod.PAYMENT_CARD,
                "pay-1", null, null, decline, T0, null);
    }

    @Test
    void thePortalDoesNotStartWithoutItsPublicAddress() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PaymentSettings(true, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("canteen.portal.public-url");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PaymentSettings(true, "kort.gladsaxe.dk"))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PaymentSettings(true, "javascript:alert(1)"))
                .isInstanceOf(IllegalStateException.class);
    }
}
