package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.math.BigDecimal;

/**
 * A fee rule in Danish words: "1,00 kr. + 2,25 %", "1,00 kr.", "2,25 %", or nothing at all (Indbetaling, and the
 * card fee of webshop deliveries and subscription periods).
 */
public final class FeeTexts {

    private FeeTexts() {
    }

    /** The rule in numbers; empty when it costs nothing (the caller says "Intet gebyr"). */
    public static String rule(FeeRule rule) {
        String fixed = rule.fixedOre() > 0 ? DanishFormat.money(Money.ofOre(rule.fixedOre())) : "";
        String share = rule.basisPoints() > 0 ? percent(rule.basisPoints()) + " %" : "";
        if (!fixed.isEmpty() && !share.isEmpty()) {
            return fixed + " + " + share;
        }
        return fixed + share;
    }

    /** 225 basis points → "2,25"; 100 → "1"; 150 → "1,5". */
    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
