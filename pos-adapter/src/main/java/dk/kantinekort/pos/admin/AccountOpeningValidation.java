package dk.kantinekort.pos.admin;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.EmailAddress;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.CardNumbers;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Checks one account-opening request; messages name fields and never repeat a CPR number or a name. */
final class AccountOpeningValidation {


    private AccountOpeningValidation() {
    }

    static OpenAccountForPerson validate(OpenAccountRequest request) {
        if (request == null) {
            throw PosProblem.invalid("An account object is required");
        }
        Cpr cpr;
        try {
            cpr = Cpr.parse(request.cpr());
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("cpr: " + e.getMessage()); // Cpr's messages never contain the number
        }
        String name = request.name();
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw PosProblem.invalid("name is required: 1 to 200 characters");
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (email != null && !EmailAddress.isValid(email)) {
            throw PosProblem.invalid("email is not an e-mail address");
        }
        CardNumber card = CardNumbers.parse("cardNumber", request.cardNumber());
        return new OpenAccountForPerson(cpr, name.strip(), email, card, units(request));
    }

    private static Set<UnitKind> units(OpenAccountRequest request) {
        if (request.allowedUnits() == null) {
            return EnumSet.allOf(UnitKind.class);
        }
        if (request.allowedUnits().isEmpty()) {
            throw PosProblem.invalid("allowedUnits must name at least one unit kind, or be left out for all");
        }
        Set<UnitKind> units = EnumSet.noneOf(UnitKind.class);
        for (String unit : request.allowedUnits()) {
            try {
                units.add(UnitKind.valueOf(unit));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw PosProblem.invalid("allowedUnits may only hold " + Arrays.toString(UnitKind.values()));
            }
        }
        return units;
    }
}
