package dk.kantinekort.embedded.psp;

import java.util.Arrays;

/** The issuer's answers the simulator gives (ISO 8583 response codes), with the texts of the API and the page. */
enum IssuerDecline {
    BLOCKED_LOST("41", "Lost card, pick up", "Kortet er spærret"),
    BLOCKED("43", "Stolen card, pick up", "Kortet er spærret"),
    INSUFFICIENT_FUNDS("51", "Insufficient funds", "Der er ikke dækning på kortet"),
    EXPIRED("54", "Expired card", "Kortet er udløbet"),
    NOT_PERMITTED("57", "Transaction not permitted to cardholder", "Kortet er spærret"),
    RESTRICTED("62", "Restricted card", "Kortet er spærret"),
    DUPLICATE("94", "Duplicate transmission", "Identisk transaktion"),
    OTHER("05", "Do not honour", "Banken har afvist betalingen");

    final String code;
    final String message;
    final String danish;

    IssuerDecline(String code, String message, String danish) {
        this.code = code;
        this.message = message;
        this.danish = danish;
    }

    /** The decline of a code; unknown codes are "do not honour" with that code. */
    static IssuerDecline of(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst().orElse(OTHER);
    }
}
