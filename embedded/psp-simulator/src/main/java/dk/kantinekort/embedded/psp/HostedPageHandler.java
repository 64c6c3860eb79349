package dk.kantinekort.embedded.psp;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code GET /hosted/{id}} shows the page; {@code POST /hosted/{id}/card} and {@code .../mobilepay} pay. */
final class HostedPageHandler {

    private static final Pattern PATH = Pattern.compile("/hosted/([^/]+)(/card|/mobilepay)?");

    private final SimulatedAcquirer acquirer;
    private final HostedPage page;
    private final Clock clock;

    HostedPageHandler(SimulatedAcquirer acquirer, HostedPage page, Clock clock) {
        this.acquirer = acquirer;
        this.page = page;
        this.clock = clock;
    }

    void handle(HttpExchange exchange) throws IOException {
        Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
        Optional<SimulatedPayment> found = m.matches() ? acquirer.payment(m.group(1)) : Optional.empty();
        if (found.isEmpty()) {
            Exchanges.html(exchange, 404, page.notFound());
            return;
        }
        SimulatedPayment payment = found.get();
        String action = m.group(2);
        if ("GET".equals(exchange.getRequestMethod()) && action == null) {
            Exchanges.html(exchange, 200, payment.isCharged() ? page.paid(payment, today())
                    : page.payment(payment, today(), null, Map.of(), Map.of()));
        } else if ("POST".equals(exchange.getRequestMethod()) && action != null) {
            Map<String, String> form = Exchanges.form(Exchanges.body(exchange));
            Attempt attempt = "/card".equals(action)
                    ? acquirer.payByCard(payment, form.get("cardholder"), form.get("cardNumber"), form.get("expiry"),
                    form.get("cvc"))
                    : acquirer.payByMobilePay(payment, form.get("phone"));
            answer(exchange, payment, attempt, form);
        } else {
            exchange.getResponseHeaders().set("Allow", "GET, POST");
            Exchanges.send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed");
        }
    }

    private void answer(HttpExchange exchange, SimulatedPayment payment, Attempt attempt, Map<String, String> form)
            throws IOException {
        if (attempt instanceof Attempt.Approved approved) {
            // a saved card stops at the receipt step with "Fortsæt" (the guide); a payment goes straight back
            Exchanges.redirect(exchange, payment.savesCardOnly() ? "/hosted/" + payment.paymentId
                    : approved.returnTo().toString());
        } else if (attempt instanceof Attempt.Declined declined) {
            Exchanges.html(exchange, 200, page.payment(payment, today(),
                    "Betalingen blev afvist: " + declined.decline().danish
                            + ". Prøv igen med et andet kort eller en anden betalingsmetode, eller annuller.",
                    Map.of(), form));
        } else if (attempt instanceof Attempt.Invalid invalid) {
            Exchanges.html(exchange, 200, page.payment(payment, today(), null, invalid.fieldErrors(), form));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen")));
    }
}
