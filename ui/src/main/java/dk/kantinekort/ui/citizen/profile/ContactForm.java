package dk.kantinekort.ui.citizen.profile;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.citizen.ContactDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Borger" fields of Brugeroplysninger. The checks are those of {@link ContactDetails#problems()}, the
 * same the ledger applies, and each message is shown next to its field.
 */
class ContactForm extends Composite<FormLayout> {

    private final TextField name = field("name", "profile.field.name", true, Autocomplete.NAME);
    private final TextField email = field("email", "profile.field.email", true, Autocomplete.EMAIL);
    private final TextField cpr = new TextField(getTranslation("profile.field.cpr"));
    private final TextField address = field("address", "profile.field.address", true, Autocomplete.STREET_ADDRESS);
    private final TextField postalCode = field("postalCode", "profile.field.postal-code", true, Autocomplete.POSTAL_CODE);
    private final TextField city = field("city", "profile.field.city", true, Autocomplete.ADDRESS_LEVEL2);
    private final TextField phone = field("phone", "profile.field.phone", false, Autocomplete.TEL);
    private final TextField mobile = field("mobile", "profile.field.mobile", false, Autocomplete.TEL);
    /** By the field names of {@link ContactDetails.Problem#field()}. */
    private final Map<String, TextField> byName = new LinkedHashMap<>();

    ContactForm() {
        cpr.setId("profile-cpr");
        cpr.setReadOnly(true);
        cpr.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("inputmode", "email");
        postalCode.setMaxLength(4);
        postalCode.setAllowedCharPattern("[0-9]");
        postalCode.getElement().setAttribute("inputmode", "numeric");
        phone.setAllowedCharPattern("[0-9+ ]");
        mobile.setAllowedCharPattern("[0-9+ ]");
        phone.getElement().setAttribute("inputmode", "tel");
        mobile.getElement().setAttribute("inputmode", "tel");
        for (TextField f : List.of(name, email, address, postalCode, city, phone, mobile)) {
            byName.put(f.getId().orElseThrow().substring("profile-".length()), f);
        }
        // reading order as in the guide: left column Navn, CPR, Tlf., Mobil; right column e-mail and address
        FormLayout layout = getContent();
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        layout.add(name, email, cpr, address, phone, postalCode, mobile, city);
    }

    /** Shows a person's stored details; the CPR number only ever arrives masked. */
    void fill(ContactDetails details, String cprMasked) {
        name.setValue(orEmpty(details.name()));
        email.setValue(orEmpty(details.email()));
        address.setValue(orEmpty(details.address()));
        postalCode.setValue(orEmpty(details.postalCode()));
        city.setValue(orEmpty(details.city()));
        phone.setValue(orEmpty(details.phone()));
        mobile.setValue(orEmpty(details.mobile()));
        cpr.setValue(orEmpty(cprMasked));
        clearProblems();
    }

    /** What the fields hold now, trimmed; empty fields as null. */
    ContactDetails read() {
        return new ContactDetails(value(name), value(email), value(address), value(postalCode), value(city),
                value(phone), value(mobile));
    }

    /** Marks each field that has a problem with its message; clears the others. */
    void show(List<ContactDetails.Problem> problems) {
        clearProblems();
        for (ContactDetails.Problem problem : problems) {
            TextField f = byName.get(problem.field());
            if (f != null && !f.isInvalid()) {
                f.setErrorMessage(getTranslation("profile.problem." + problem.messageKey()));
                f.setInvalid(true);
            }
        }
        problems.stream().map(p -> byName.get(p.field())).filter(f -> f != null).findFirst()
                .ifPresent(TextField::focus);
    }

    private void clearProblems() {
        byName.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private TextField field(String name, String labelKey, boolean required, Autocomplete autocomplete) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId("profile-" + name);
        f.setRequiredIndicatorVisible(required);
        f.setAutocomplete(autocomplete);
        // the ledger's checks decide, not the web component's own
        f.setManualValidation(true);
        return f;
    }

    private static String value(TextField f) {
        String v = f.getValue().strip();
        return v.isEmpty() ? null : v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
