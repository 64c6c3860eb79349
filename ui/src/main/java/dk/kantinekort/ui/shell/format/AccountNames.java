package dk.kantinekort.ui.shell.format;

import com.vaadin.flow.i18n.I18NProvider;
import dk.kantinekort.api.account.AccountSummary;
import java.util.function.Function;

/**
 * The name a card account is shown by: its own name when it was given one, else the usual name of a card account
 * worded by the bundles ({@value #USUAL_NAME_KEY}: "Kantinekort", "Canteen card"). Events and read models hold no
 * such words.
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

    /** The account's name in the language of the current page. */
    public static String of(AccountSummary account) {
        return of(account, key -> I18NProvider.translate(key));
    }
}
