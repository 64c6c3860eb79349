package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import java.util.function.Supplier;

/** What the tabs of Indbetaling share: the gateways, the terms, the citizen's e-mail and the return addresses. */
record PaymentContext(PaymentQueries queries, PortalCommands commands, PaymentTerms terms, String email,
                      Supplier<PaymentLinks> links, MunicipalitySettings municipality, BrowserLocation browser) {

    /** Sends the browser to the payment provider's hosted page. */
    @FunctionalInterface
    interface BrowserLocation {
        void go(String url);
    }
}
