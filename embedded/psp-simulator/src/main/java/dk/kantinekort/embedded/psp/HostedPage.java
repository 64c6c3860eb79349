package dk.kantinekort.embedded.psp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The HTML of the hosted payment page (Danish, no JavaScript): order summary, card form, MobilePay, test cards. */
final class HostedPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f4f5f7}
            header{background:#003b5c;color:#fff;padding:1rem 1.5rem}header h1{margin:0;font-size:1.4rem}
            header p{margin:.25rem 0 0}main{max-width:40rem;margin:1rem auto;background:#fff;padding:1.5rem}
            ol.steps{display:flex;gap:1.5rem;list-style:none;padding:0}ol.steps [aria-current]{font-weight:bold;
            text-decoration:underline}ul.order{list-style:none;padding:0}ul.order li{padding:.15rem 0}
            label{display:block;margin-top:.75rem;font-weight:600}input{font-size:1rem;padding:.4rem;
            border:1px solid #555;width:100%;max-width:20rem}button{margin-top:1rem;font-size:1rem;padding:.5rem 1rem;
            background:#003b5c;color:#fff;border:0}:focus{outline:3px solid #d35400;outline-offset:2px}
            .field-error,.alert{color:#a00000}.alert{border:2px solid #a00000;padding:.75rem;margin:1rem 0}
            fieldset{border:1px solid #999;margin:1rem 0;padding:1rem}legend{font-weight:bold;font-size:1.1rem}
            footer{max-width:40rem;margin:0 auto 2rem;font-size:.9rem}table{border-collapse:collapse}
            th,td{text-align:left;padding:.2rem .6rem .2rem 0}a.button{display:inline-block;font-size:1rem;
            padding:.5rem 1rem;background:#003b5c;color:#fff;text-decoration:none}
            """;

    private final String merchantName;
    private final String merchantAddress;

    HostedPage(String merchantName, String merchantAddress) {
        this.merchantName = merchantName;
        this.merchantAddress = merchantAddress;
    }

    /** The page to pay on; {@code alert} is a decline message, {@code errors} the fields typed wrong. */
    String payment(SimulatedPayment payment, LocalDate today, String alert, Map<String, String> errors,
                   Map<String, String> typed) {
        StringBuilder html = start("Betaling");
        steps(html, alert == null && errors.isEmpty() ? 1 : 2);
        summary(html, payment, today);
        if (alert != null) {
            html.append("<div class=\"alert\" role=\"alert\">").append(escape(alert)).append("</div>");
        } else if (!errors.isEmpty()) {
            html.append("<div class=\"alert\" role=\"alert\">Ret de markerede felter.</div>");
        }
        html.append("<h2>Vælg betalingsmetode</h2>");
        if (enabled(payment, "Card")) {
            cardForm(html, payment, errors, typed);
        }
        if (enabled(payment, "MobilePay")) {
            mobilePayForm(html, payment, errors, typed);
        }
        if (payment.cancelUrl != null) {
            html.append("<p><a href=\"")
                    .append(escape(SimulatedAcquirer.withPaymentId(payment.cancelUrl, payment.paymentId).toString()))
                    .append("\">Annuller</a></p>");
        }
        return end(html, true);
    }

    /**
     * A payment already paid, or a card saved for later charges: the receipt step and "Fortsæt" back to the merchant,
     * as the customer's guide words it ("klik 'Fortsæt' når kortet er gemt").
     */
    String paid(SimulatedPayment payment, LocalDate today) {
        StringBuilder html = start("Kvittering");
        steps(html, 3);
        summary(html, payment, today);
        html.append("<p role=\"status\">").append(payment.savesCardOnly() ? "Kortet er gemt." : "Betalingen er gennemført.")
                .append("</p><p><a id=\"continue\" class=\"button\" href=\"")
                .append(escape(SimulatedAcquirer.returnTo(payment).toString()))
                .append("\">Fortsæt</a></p>");
        return end(html, false);
    }

    String notFound() {
        StringBuilder html = start("Betalingen findes ikke");
        html.append("<h2>Betalingen findes ikke</h2><p>Start betalingen igen hos ").append(escape(merchantName))
                .append(".</p>");
        return end(html, false);
    }

    private StringBuilder start(String title) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" – ").append(escape(merchantName)).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body><header><h1>")
                .append(escape(merchantName)).append("</h1><p>").append(escape(merchantAddress))
                .append("</p></header><main>");
        return html;
    }

    private static void steps(StringBuilder html, int current) {
        List<String> steps = List.of("1. Valg af betalingsmetode", "2. Gennemfør betaling", "3. Kvittering");
        html.append("<nav aria-label=\"Trin\"><ol class=\"steps\">");
        for (int i = 0; i < steps.size(); i++) {
            html.append(i + 1 == current ? "<li aria-current=\"step\">" : "<li>").append(steps.get(i)).append("</li>");
        }
        html.append("</ol></nav>");
    }

    private static void summary(StringBuilder html, SimulatedPayment payment, LocalDate today) {
        html.append("<section aria-label=\"Ordre\"><ul class=\"order\">")
                .append("<li>Dato: ").append(DATE.format(today)).append("</li>")
                .append("<li>Ordrenr.: ").append(escape(payment.reference)).append("</li>")
                .append("<li>Beløb: ").append(kroner(payment.amount)).append("</li>")
                .append("<li>Gebyr: ").append(kroner(payment.fee)).append("</li>")
                .append("<li><strong>Total: ").append(kroner(payment.total())).append("</strong></li>")
                .append("</ul></section>");
    }

    private static void cardForm(StringBuilder html, SimulatedPayment payment, Map<String, String> errors,
                                 Map<String, String> typed) {
        html.append("<form method=\"post\" action=\"/hosted/").append(escape(payment.paymentId))
                .append("/card\" novalidate><fieldset><legend>Betalingskort</legend>");
        // the card number and the check digits are never written back into the page
        field(html, "cardholder", "Kortholder", "text", "cc-name", typed.getOrDefault("cardholder", ""), errors);
        field(html, "cardNumber", "Kortnummer", "text", "cc-number", "", errors);
        field(html, "expiry", "Udløbsdato (MM/ÅÅ)", "text", "cc-exp", typed.getOrDefault("expiry", ""), errors);
        field(html, "cvc", "Kontrolcifre", "password", "cc-csc", "", errors);
        html.append("<button type=\"submit\">Gennemfør betaling</button></fieldset></form>");
    }

    private static void mobilePayForm(StringBuilder html, SimulatedPayment payment, Map<String, String> errors,
                                      Map<String, String> typed) {
        html.append("<form method=\"post\" action=\"/hosted/").append(escape(payment.paymentId))
                .append("/mobilepay\" novalidate><fieldset><legend>MobilePay</legend>")
                .append("<p>Godkendelsen i MobilePay-appen simuleres: tryk på knappen.</p>");
        field(html, "phone", "Mobilnummer", "tel", "tel-national", typed.getOrDefault("phone", "12345678"), errors);
        html.append("<button type=\"submit\">Godkend i MobilePay</button></fieldset></form>");
    }

    private static void field(StringBuilder html, String name, String label, String type, String autocomplete,
                              String value, Map<String, String> errors) {
        String error = errors.get(name);
        html.append("<label for=\"").append(name).append("\">").append(escape(label)).append("</label>")
                .append("<input id=\"").append(name).append("\" name=\"").append(name).append("\" type=\"")
                .append(type).append("\" autocomplete=\"").append(autocomplete).append("\" value=\"")
                .append(escape(value)).append('"');
        if ("cardNumber".equals(name) || "cvc".equals(name)) {
            html.append(" inputmode=\"numeric\"");
        }
        if (error != null) {
            html.append(" aria-invalid=\"true\" aria-describedby=\"").append(name).append("-error\"");
        }
        html.append('>');
        if (error != null) {
            html.append("<p class=\"field-error\" id=\"").append(name).append("-error\">").append(escape(error))
                    .append("</p>");
        }
    }

    private static String end(StringBuilder html, boolean testCards) {
        html.append("</main>");
        if (testCards) {
            html.append("<footer><h2>Testkort (simulator)</h2><table><caption>Alle andre gyldige kortnumre ")
                    .append("gennemføres; udløbsdato i fremtiden, tre kontrolcifre.</caption>")
                    .append("<tr><th scope=\"col\">Kortnummer</th><th scope=\"col\">Svar</th></tr>")
                    .append("<tr><td>4111 1111 1111 1111</td><td>Gennemføres (Visa)</td></tr>")
                    .append("<tr><td>4000 0000 0000 9995</td><td>Afvist 51: ingen dækning</td></tr>")
                    .append("<tr><td>4000 0000 0000 0069</td><td>Afvist 54: kortet er udløbet</td></tr>")
                    .append("<tr><td>4000 0000 0000 0119</td><td>Afvist 43: kortet er spærret</td></tr>")
                    .append("<tr><td>MobilePay 12345678</td><td>Godkendes</td></tr>")
                    .append("<tr><td>MobilePay 00000000</td><td>Afvist 51: ingen dækning</td></tr>")
                    .append("</table><p>Samme kort og beløb to gange inden for 10 minutter afvises som ")
                    .append("\"Identisk transaktion\" (94).</p></footer>");
        }
        return html.append("</body></html>").toString();
    }

    /** DKK 1.234,50 */
    static String kroner(long ore) {
        String kroner = String.format(java.util.Locale.ROOT, "%,d", ore / 100).replace(',', '.');
        return "DKK " + kroner + "," + String.format("%02d", ore % 100);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean enabled(SimulatedPayment payment, String method) {
        return payment.enabledMethods.isEmpty() || payment.enabledMethods.contains(method);
    }
}
