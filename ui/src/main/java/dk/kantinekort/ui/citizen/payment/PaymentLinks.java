package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.payment.PaymentPageLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import dk.kantinekort.ui.shell.Routes;

/**
 * The absolute addresses the provider's hosted page sends the citizen back to. The provider appends
 * {@code paymentId=<id>} to the return address.
 */
public record PaymentLinks(String baseUrl) {

    public PaymentLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** From {@code canteen.portal.public-url} only; never from the request (its Host header is the sender's). */
    public static PaymentLinks of(PaymentSettings settings) {
        return new PaymentLinks(settings.publicUrl());
    }

    PaymentPageLinks deposit(String accountId, String depositId) {
        String back = baseUrl + Routes.PAYMENT_RECEIPT + "?indbetaling=" + encode(depositId) + "&konto=" + encode(accountId);
        return new PaymentPageLinks(back, back + "&annulleret=1", baseUrl + Routes.TERMS);
    }

    PaymentPageLinks autoTopUp(String accountId, String agreementId) {
        String back = baseUrl + Routes.AUTO_TOP_UP_RETURN + "?aftale=" + encode(agreementId) + "&konto=" + encode(accountId);
        return new PaymentPageLinks(back, back + "&annulleret=1", baseUrl + Routes.TERMS);
    }

    /**
     * Links back to another page of the portal, e.g. {@code abonnementer/tilmelding?tilmelding=…&konto=…}; the
     * cancel address adds {@code annulleret=1}. Parameters keep their order.
     */
    public PaymentPageLinks backTo(String route, java.util.Map<String, String> parameters) {
        StringBuilder back = new StringBuilder(baseUrl).append(route);
        char separator = '?';
        for (var parameter : parameters.entrySet()) {
            back.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        String cancel = back + (separator == '?' ? "?" : "&") + "annulleret=1";
        return new PaymentPageLinks(back.toString(), cancel, baseUrl + Routes.TERMS);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
