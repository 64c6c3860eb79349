package dk.kantinekort.ui.citizen.layout;

import com.vaadin.flow.component.combobox.ComboBox;
import dk.kantinekort.api.account.AccountSummary;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dk.kantinekort.ui.shell.format.AccountNames;

/**
 * "Konti" on a page: the accounts the citizen may act on, each named by {@link #label}; a required field, and
 * the citizen's choice (not the page's own {@code setValue}) is handed to the page.
 */
public class AccountChooser extends ComboBox<AccountSummary> {

    public AccountChooser(String id, String labelKey, Consumer<AccountSummary> choose) {
        setId(id);
        setLabel(getTranslation(labelKey));
        setItemLabelGenerator(AccountChooser::label);
        setRequiredIndicatorVisible(true);
        setAllowCustomValue(false);
        setWidth("28rem");
        setMaxWidth("100%");
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose.accept(change.getValue());
            }
        });
    }

    /** "Kantinekort 1562265116 – Christian Harms": the account as {@link AccountNames#label} writes it, and whose it is. */
    public static String label(AccountSummary a) {
        String display = AccountNames.of(a);
        String holder = a.holderName() == null ? "" : a.holderName().strip();
        return Stream.of(AccountNames.label(a), holder.equals(display) ? "" : holder)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" – "));
    }
}
