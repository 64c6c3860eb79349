package dk.kantinekort.command.payment.provider;

/** The provider refused the request (a 4xx other than a decline): permanent, retrying does not help. */
public class PaymentProviderRejected extends RuntimeException {

    private final int status;

    public PaymentProviderRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the provider answered. */
    public int status() {
        return status;
    }
}
