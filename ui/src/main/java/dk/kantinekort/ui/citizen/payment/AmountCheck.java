package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.Optional;

/**
 * The amount a citizen types for a deposit or an automatic top-up: whole Danish kroner within the terms'
 * bounds. The answer is the message shown next to the field.
 */
final class AmountCheck {

    /** A problem: its bundle key and the values the text names. */
    record Problem(String key, Object... args) {
    }

    private AmountCheck() {
    }

    /**
     * @param kroner     what the field holds; null when empty or not a whole number
     * @param unparsable the citizen typed something that is no whole number (e.g. "100,50")
     */
    static Optional<Problem> check(Integer kroner, boolean unparsable, PaymentTerms terms) {
        if (unparsable) {
            return Optional.of(new Problem("payment.amount.whole-kroner"));
        }
        if (kroner == null) {
            return Optional.of(new Problem("payment.amount.required"));
        }
        Money amount = Money.ofKroner(kroner);
        if (amount.isLessThan(terms.minDeposit()) || !amount.isPositive()) {
            return Optional.of(new Problem("payment.amount.too-small", DanishFormat.money(terms.minDeposit())));
        }
        if (amount.isGreaterThan(terms.maxDeposit())) {
            return Optional.of(new Problem("payment.amount.too-large", DanishFormat.money(terms.maxDeposit())));
        }
        return Optional.empty();
    }

    /** The amount when it passes {@link #check}. */
    static Optional<Money> valid(Integer kroner, boolean unparsable, PaymentTerms terms) {
        return check(kroner, unparsable, terms).isEmpty() ? Optional.of(Money.ofKroner(kroner)) : Optional.empty();
    }
}
