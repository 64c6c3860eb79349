package dk.kantinekort.command.payment.provider.nets;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach Nets Easy: the API's base URL (e.g. https://test.api.dibspayment.eu), the merchant's secret
 * key (sent as the Authorization header), the time one call may take, and the optional CommercePlatformTag.
 */
public record NetsEasySettings(URI baseUrl, String secretKey, Duration timeout, String commercePlatformTag) {

    public NetsEasySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("The Nets Easy secret key is missing");
        }
    }

    public NetsEasySettings(URI baseUrl, String secretKey, Duration timeout) {
        this(baseUrl, secretKey, timeout, null);
    }

    /** The absolute address of an API path such as {@code /v1/payments}. */
    URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    /** Never prints the secret key. */
    @Override
    public String toString() {
        return "NetsEasySettings[baseUrl=" + baseUrl + ", timeout=" + timeout + "]";
    }
}
