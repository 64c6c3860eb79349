package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The receipt e-mail the citizen typed for a deposit, kept in the session for the receipt page ("En kvittering
 * er sendt til …"): {@link dk.kantinekort.api.payment.DepositView} does not carry it (it is sealed personal data).
 */
final class ReceiptEmails {

    private static final String ATTRIBUTE = ReceiptEmails.class.getName();
    private static final int MAX_REMEMBERED = 20;

    private ReceiptEmails() {
    }

    static void remember(String depositId, String email) {
        map().ifPresent(map -> {
            if (map.size() >= MAX_REMEMBERED) {
                map.clear(); // a long session must not grow without bound; the profile e-mail is the fallback
            }
            map.put(depositId, email);
        });
    }

    static Optional<String> of(String depositId) {
        return map().map(map -> map.get(depositId));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, String>> map() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object value = session.getAttribute(ATTRIBUTE);
        if (value == null) {
            value = new ConcurrentHashMap<String, String>();
            session.setAttribute(ATTRIBUTE, value);
        }
        return Optional.of((Map<String, String>) value);
    }
}
