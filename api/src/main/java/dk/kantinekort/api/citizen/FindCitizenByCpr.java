package dk.kantinekort.api.citizen;

/**
 * Staff support look-up (F16): the person with this CPR number (ten digits, hyphen optional), answered by the
 * command side from its keyed-hash directory; answers the citizen id or nothing. Never logged: toString masks it.
 */
public record FindCitizenByCpr(String cpr) {

    @Override
    public String toString() {
        return "FindCitizenByCpr[cpr=" + (Cpr.isValid(cpr) ? Cpr.parse(cpr).masked() : "…") + "]";
    }
}
