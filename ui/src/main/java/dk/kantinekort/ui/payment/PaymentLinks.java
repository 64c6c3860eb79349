package dk.kantinekort.ui.payment;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.kantinekort.api.payment.PaymentPageLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The absolute addresses the provider's hosted page sends the citizen back to. The provider appends
 * {@code paymentId=<id>} to the return address.
 */
public record PaymentLinks(String baseUrl) {

    static final String RECEIPT_ROUTE = "indbetaling/kvittering";
    static final String AUTO_TOP_UP_ROUTE = "indbetaling/optankning";
    public static final String TERMS_ROUTE = "betingelser";

    public PaymentLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** From {@code canteen.portal.public-url} when set, else from the scheme, host and port the citizen used. */
    public static PaymentLinks of(PaymentSettings settings, VaadinRequest request) {
        if (!settings.publicUrl().isBlank()) {
            return new PaymentLinks(settings.publicUrl());
        }
        if (!(request instanceof VaadinServletRequest servlet)) {
            throw new IllegalStateException("No request to build the payment links from");
        }
        // behind a proxy, server.forward-headers-strategy makes these the citizen's own scheme, host and port
        return new PaymentLinks(baseUrl(servlet.getScheme(), servlet.getServerName(), servlet.getServerPort(),
                servlet.getContextPath()));
    }

    static String baseUrl(String scheme, String host, int port, String contextPath) {
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6
        return scheme + "://" + hostPart + (defaultPort ? "" : ":" + port)
                + (contextPath == null ? "" : contextPath) + "/";
    }

    PaymentPageLinks deposit(String accountId, String depositId) {
        String back = baseUrl + RECEIPT_ROUTE + "?indbetaling=" + encode(depositId) + "&konto=" + encode(accountId);
        return new PaymentPageLinks(back, back + "&annulleret=1", baseUrl + TERMS_ROUTE);
    }

    PaymentPageLinks autoTopUp(String accountId, String agreementId) {
        String back = baseUrl + AUTO_TOP_UP_ROUTE + "?aftale=" + encode(agreementId) + "&konto=" + encode(accountId);
        return new PaymentPageLinks(back, back + "&annulleret=1", baseUrl + TERMS_ROUTE);
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
        return new PaymentPageLinks(back.toString(), cancel, baseUrl + TERMS_ROUTE);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
