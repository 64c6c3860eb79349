package dk.kantinekort.embedded.psp;

import java.net.URI;
import java.util.Map;

/** What became of one attempt to pay on the hosted page. */
sealed interface Attempt {

    /** Paid (or the card saved): the citizen goes back to the merchant. */
    record Approved(URI returnTo) implements Attempt {
    }

    /** The issuer refused; the page says why and lets the citizen try again. */
    record Declined(IssuerDecline decline) implements Attempt {
    }

    /** Something typed is wrong (field name → message); nothing was sent to the issuer. */
    record Invalid(Map<String, String> fieldErrors) implements Attempt {
    }
}
