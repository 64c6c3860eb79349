package dk.kantinekort.pos.problem;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The till's words for a purchase declined by a spending rule (Forbrugsregler): Danish, naming the rule. */
final class SpendingDeclineTexts {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("dk.kantinekort.pos.problem.TillMessages",
            DANISH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private SpendingDeclineTexts() {
    }

    /** E.g. "Dagsgrænsen på 20,00 kr. er nået", "Slik er spærret på kortet". */
    static String tillMessage(DeclineReason reason, BrokenSpendingRule rule) {
        if (rule.category() != null) {
            return MessageFormat.format(TEXTS.getString(reason.name() + ".rule"),
                    TEXTS.getString("category." + rule.category().name()));
        }
        return MessageFormat.format(TEXTS.getString(reason.name() + ".rule"), kroner(rule.limit()));
    }

    static String english(BrokenSpendingRule rule) {
        if (rule.category() != null) {
            return "category " + rule.category() + " is blocked";
        }
        return (rule.unitKind() == null ? "daily limit " : rule.unitKind() + " limit ") + rule.limit().ore()
                + " øre, spent today " + rule.spentToday().ore() + " øre";
    }

    /** The {@code rule} member of the problem body: the parts that apply. */
    static Map<String, Object> rule(BrokenSpendingRule rule) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (rule.limit() != null) {
            members.put("limit", rule.limit().ore());
        }
        if (rule.spentToday() != null) {
            members.put("spentToday", rule.spentToday().ore());
        }
        if (rule.unitKind() != null) {
            members.put("unitKind", rule.unitKind().name());
        }
        if (rule.category() != null) {
            members.put("category", rule.category().name());
        }
        return members;
    }

    /** 2000 øre as "20,00 kr.". */
    static String kroner(Money amount) {
        long ore = amount.ore();
        return String.format(DANISH, "%,d,%02d kr.", ore / 100, Math.abs(ore % 100)).replace('\u00a0', '.');
    }
}
