package dk.kantinekort.embedded.psp;

/**
 * A card saved as an unscheduled subscription. The simulator keeps what the card would answer (the test card's
 * decline code, or null) instead of the card number; a test may force another answer.
 */
final class SavedCard {

    public String token;
    public String paymentMethod;
    public String maskedPan;
    public String expiryDate;
    public String declineCode;
    public String forcedDeclineCode;

    SavedCard() {
    }

    SavedCard(String token, String paymentMethod, String maskedPan, String expiryDate, String declineCode) {
        this.token = token;
        this.paymentMethod = paymentMethod;
        this.maskedPan = maskedPan;
        this.expiryDate = expiryDate;
        this.declineCode = declineCode;
    }
}
