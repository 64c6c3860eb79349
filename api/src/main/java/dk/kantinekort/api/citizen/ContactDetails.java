package dk.kantinekort.api.citizen;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's contact details (F4, "Brugeroplysninger"). Name, e-mail, address, postal code and city are
 * required; phone and mobile are optional. {@link #problems()} names each field that is wrong.
 */
public record ContactDetails(String name, String email, String address, String postalCode, String city,
                             String phone, String mobile) {

    /** A field and what is wrong with it; the portal shows the message key next to the field. */
    public record Problem(String field, String messageKey) {
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (blank(name)) problems.add(new Problem("name", "required"));
        if (blank(email)) problems.add(new Problem("email", "required"));
        else if (!EmailAddress.isValid(email)) problems.add(new Problem("email", "email"));
        if (blank(address)) problems.add(new Problem("address", "required"));
        if (blank(postalCode)) problems.add(new Problem("postalCode", "required"));
        else if (!postalCode.strip().matches("\\d{4}")) problems.add(new Problem("postalCode", "postal-code"));
        if (blank(city)) problems.add(new Problem("city", "required"));
        if (!blank(phone) && !phone.strip().matches("\\+?[0-9 ]{8,15}")) problems.add(new Problem("phone", "phone"));
        if (!blank(mobile) && !mobile.strip().matches("\\+?[0-9 ]{8,15}")) problems.add(new Problem("mobile", "phone"));
        return problems;
    }

    /** The same details without surrounding blanks, and blank optional fields as null. */
    public ContactDetails stripped() {
        return new ContactDetails(strip(name), strip(email), strip(address), strip(postalCode), strip(city),
                strip(phone), strip(mobile));
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "ContactDetails[...]";
    }
}
