package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.citizen.EmailAddress;
import java.util.Optional;

/**
 * "E-mail til kvittering": prefilled with the address in Brugeroplysninger, required, checked by the same rule the
 * ledger applies ({@link EmailAddress}), the problem shown next to the field.
 */
public class ReceiptEmailField extends TextField {

    public ReceiptEmailField(String id, String email) {
        super(); // the label is set below, in the UI's language
        setId(id);
        setLabel(getTranslation("payment.email"));
        setValue(email == null ? "" : email);
        setAutocomplete(Autocomplete.EMAIL);
        getElement().setAttribute("inputmode", "email");
        setRequiredIndicatorVisible(true);
        setManualValidation(true);
    }

    /** The address when it is one; otherwise empty, with the message next to the field. */
    public Optional<String> check() {
        String value = getValue().strip();
        String problem = null;
        if (value.isEmpty()) {
            problem = getTranslation("payment.email.required");
        } else if (!EmailAddress.isValid(value)) {
            problem = getTranslation("payment.email.invalid");
        }
        setInvalid(problem != null);
        setErrorMessage(problem);
        return problem == null ? Optional.of(value) : Optional.empty();
    }
}
