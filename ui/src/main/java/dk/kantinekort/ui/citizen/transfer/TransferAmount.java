package dk.kantinekort.ui.citizen.transfer;

import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amount a citizen types to transfer, in Danish kroner: "25", "25,5", "25,50" or "1.250,00". The answer is the
 * message shown next to the field, or the amount.
 */
final class TransferAmount {

    private static final Pattern KRONER = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d{1,7})(?:,(\\d{1,2}))?");

    /** A problem: its bundle key and the values the text names. */
    record Problem(String key, Object... args) {
    }

    /** Either the amount or the problem with what was typed. */
    record Parsed(Money amount, Problem problem) {
        boolean ok() {
            return amount != null;
        }
    }

    private TransferAmount() {
    }

    static Parsed parse(String typed) {
        String text = typed == null ? "" : typed.strip().replace(" ", "");
        if (text.endsWith("kr.")) {
            text = text.substring(0, text.length() - 3);
        }
        if (text.isEmpty()) {
            return problem("transfer.amount.required");
        }
        Matcher matcher = KRONER.matcher(text);
        if (!matcher.matches()) {
            return problem("transfer.amount.format");
        }
        long kroner = Long.parseLong(matcher.group(1).replace(".", ""));
        String decimals = matcher.group(2) == null ? "0" : matcher.group(2);
        long ore = kroner * 100 + (decimals.length() == 1 ? Long.parseLong(decimals) * 10 : Long.parseLong(decimals));
        Money amount = Money.ofOre(ore);
        if (!amount.isPositive()) {
            return problem("transfer.amount.too-small");
        }
        if (amount.isGreaterThan(Limits.MAX_DEPOSIT)) {
            return problem("transfer.amount.too-large", DanishFormat.money(Limits.MAX_DEPOSIT));
        }
        return new Parsed(amount, null);
    }

    static Optional<Money> valid(String typed) {
        return Optional.ofNullable(parse(typed).amount());
    }

    private static Parsed problem(String key, Object... args) {
        return new Parsed(null, new Problem(key, args));
    }
}
