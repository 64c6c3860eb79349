package dk.kantinekort.command.payment.provider;

/** The provider could not be reached or failed (I/O error, timeout, 5xx): transient, the caller retries. */
public class PaymentProviderUnavailable extends RuntimeException {

    public PaymentProviderUnavailable(String message) {
        super(message);
    }

    public PaymentProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
