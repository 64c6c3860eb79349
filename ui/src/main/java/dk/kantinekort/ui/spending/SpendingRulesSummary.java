package dk.kantinekort.ui.spending;

import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** An account's spending rules in one line of words ("Dagsgrænse 20,00 kr.; Biografen 50,00 kr.; spærret: Slik"). */
public final class SpendingRulesSummary {

    private SpendingRulesSummary() {
    }

    /** @param text the bundle ({@code getTranslation}) */
    public static String of(SpendingRules rules, BiFunction<String, Object[], String> text) {
        if (rules == null || !rules.any()) {
            return text.apply("spending.summary.none", new Object[0]);
        }
        List<String> parts = new ArrayList<>();
        if (rules.dailyLimit() != null) {
            parts.add(text.apply("spending.summary.daily", new Object[] {DanishFormat.money(rules.dailyLimit())}));
        }
        rules.unitLimits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> parts.add(
                text.apply("spending.summary.unit", new Object[] {text.apply("profile.unit." + e.getKey().name(),
                        new Object[0]), DanishFormat.money(e.getValue())})));
        if (!rules.blockedCategories().isEmpty()) {
            List<String> names = rules.blockedCategories().stream().sorted()
                    .map(c -> text.apply("spending.category." + c.name(), new Object[0])).toList();
            parts.add(text.apply("spending.summary.blocked", new Object[] {String.join(", ", names)}));
        }
        return String.join("; ", parts);
    }
}
