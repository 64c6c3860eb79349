package dk.kantinekort.ui.shell.format;

import com.vaadin.flow.i18n.I18NProvider;
import dk.kantinekort.api.account.AccountSummary;
import java.util.function.Function;

/**
 * The name a card account is shown by: its own name when it was given one, else the usual name of a card account
 * worded by the bundles ({@value #USUAL_NAME_KEY}: "Kantinekort", "Canteen card"). Events and read models hold no
 * such words.
 *
 * <p>{@link #label} is the one way a card account is written out wherever it is chosen or listed: its name and its
 * whole card number ("Kantinekort 1562265116"). The number is not hidden: it is printed on the owner's card, and
 * only those who may act on the account see it (decision record 8). Payment cards (Visa etc.) stay masked; they
 * are not card accounts and never pass through here.
 */
public final class AccountNames {

    public static final String USUAL_NAME_KEY = "accounts.card-account.name";

    private AccountNames() {
    }

    /** The account's name in the words {@code words} looks up by message key. */
    public static String of(AccountSummary account, Function<String, String> words) {
        String own = account.displayName() == null ? "" : account.displayName().strip();
        return own.isEmpty() ? words.apply(USUAL_NAME_KEY) : own;
    }

    /** "Kantinekort 1562265116": the account's name and its whole current card number (the name alone without one). */
    public static String label(AccountSummary account, Function<String, String> words) {
        String name = of(account, words);
        String card = account.currentCardNumber() == null ? "" : account.currentCardNumber().strip();
        return card.isEmpty() ? name : name + " " + card;
    }

    /** {@link #label(AccountSummary, Function)} in the language of the current page. */
    public static String label(AccountSummary account) {
        return label(account, key -> I18NProvider.translate(key));
    }

    /** The account's name in the language of the current page. */
    public static String of(AccountSummary account) {
        return of(account, key -> I18NProvider.translate(key));
    }
}
