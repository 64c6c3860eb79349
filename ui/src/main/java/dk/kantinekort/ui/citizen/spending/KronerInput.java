package dk.kantinekort.ui.citizen.spending;

import dk.kantinekort.api.money.Money;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit as a citizen types it: kroner with up to two decimals after a comma ("20", "20,00", "1.500,5"), "kr." and
 * spaces allowed. Empty means no limit.
 */
final class KronerInput {

    private static final Pattern KRONER = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})*|\\d+)(?:,(\\d{1,2}))?");

    /** The parsed value: empty for an empty field; {@code valid} false when the text is no amount. */
    record Parsed(Optional<Money> amount, boolean valid) {
    }

    private KronerInput() {
    }

    static Parsed parse(String text) {
        String cleaned = text == null ? "" : text.strip().replaceAll("(?i)\\s*kr\\.?$", "").replace(" ", "");
        if (cleaned.isEmpty()) {
            return new Parsed(Optional.empty(), true);
        }
        Matcher m = KRONER.matcher(cleaned);
        if (!m.matches()) {
            return new Parsed(Optional.empty(), false);
        }
        String kroner = m.group(1).replace(".", "");
        if (kroner.length() > 9) {
            return new Parsed(Optional.empty(), false);
        }
        String ore = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        return new Parsed(Optional.of(Money.ofOre(Long.parseLong(kroner) * 100 + Integer.parseInt(ore))), true);
    }

    /** 2000 øre → "20,00", for the field. */
    static String format(Money amount) {
        return amount == null ? "" : dk.kantinekort.ui.shell.format.DanishFormat.amount(amount);
    }
}
