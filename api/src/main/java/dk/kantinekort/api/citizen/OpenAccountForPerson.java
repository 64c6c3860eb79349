package dk.kantinekort.api.citizen;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import java.util.Set;

/**
 * Open a card account for a person named by CPR (admin import); idempotent by CPR. The command side
 * registers the person when unknown. Answers an {@link AccountOpening}.
 */
public record OpenAccountForPerson(Cpr cpr, String name, String email, CardNumber cardNumber,
                                   Set<UnitKind> allowedUnits) {

    @Override
    public String toString() {
        return "OpenAccountForPerson[card=" + cardNumber + "]";
    }
}
