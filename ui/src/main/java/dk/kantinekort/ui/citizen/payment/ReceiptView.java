package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.municipality.SupportContactInForce;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * Where the provider's hosted page sends the citizen back: {@code indbetaling/kvittering?indbetaling=<depositId>
 * &konto=<accountId>[&annulleret=1]&paymentId=<id>}. Tells the command side the payment may have changed (the
 * webhook will too; either credits at most once), then follows the deposit until it is paid, refused or given
 * up, for at most a minute. Safe to reload. Only for accounts the citizen may act on.
 */
@Route(value = Routes.PAYMENT_RECEIPT, layout = MainLayout.class)
@PermitAll
public class ReceiptView extends ProviderReturnView {

    static final String DEPOSIT_PARAMETER = "indbetaling";
    private static final Logger log = LoggerFactory.getLogger(ReceiptView.class);

    private final AccountSelection selection;
    private final PaymentQueries queries;
    private final CurrentCitizen currentCitizen;
    private final SupportContactInForce support;

    private String accountId;
    private String depositId;
    private boolean cancelled;
    private DepositWatch watch;
    private DepositWatch.Outcome shown;

    @Autowired
    ReceiptView(AccountSelection selection, PaymentQueries queries, PortalCommands commands,
                   CurrentCitizen currentCitizen, MunicipalitySettings municipality,
                   ObjectProvider<SupportContactInForce> support, Branding branding, ObjectProvider<Clock> clock) {
        this(selection, queries, commands, currentCitizen,
                support.getIfAvailable(() -> SupportContactInForce.fromFile(municipality)), branding,
                clock.getIfAvailable(Clock::systemUTC));
    }

    ReceiptView(AccountSelection selection, PaymentQueries queries, PortalCommands commands,
                   CurrentCitizen currentCitizen, SupportContactInForce support, Branding branding, Clock clock) {
        super(commands, selection, currentCitizen, branding, clock, "receipt", "payment.receipt.page-title");
        this.selection = selection;
        this.queries = queries;
        this.currentCitizen = currentCitizen;
        this.support = support;
    }

    @Override
    protected String referenceParameter() {
        return DEPOSIT_PARAMETER;
    }

    @Override
    protected void showNotAvailable() {
        content.add(notice("receipt-not-available", getTranslation("payment.receipt.not-available")));
        content.add(new Paragraph(backToDeposit()));
    }

    @Override
    protected void showUnavailable(IllegalStateException failure) {
        log.warn("Receipt unavailable: {}", failure.toString());
        content.add(notice("receipt-unavailable", getTranslation("payment.unavailable")));
    }

    @Override
    protected void remember(String accountId, String depositId) {
        this.accountId = accountId;
        this.depositId = depositId;
        cancelled = false;
        watch = null;
        shown = null;
    }

    /** Cancelled on the provider's page: the deposit still says whether a card was refused first. */
    @Override
    protected boolean showCancelled() {
        cancelled = true;
        return false;
    }

    /** Shows the deposit as it is now; true while it is worth asking again. */
    @Override
    protected boolean refresh() {
        if (watch == null) {
            watch = new DepositWatch(started(), cancelled, DepositWatch.PATIENCE);
        }
        Optional<DepositView> deposit;
        try {
            deposit = queries.deposit(accountId, depositId);
        } catch (IllegalStateException e) {
            log.debug("Deposit not readable yet: {}", e.toString());
            deposit = Optional.empty();
        }
        DepositWatch.State state = watch.see(deposit, clock.instant());
        if (state.outcome() != shown) {
            shown = state.outcome();
            content.removeAll();
            render(state.outcome(), deposit);
        }
        return state.keepPolling();
    }

    private void render(DepositWatch.Outcome outcome, Optional<DepositView> deposit) {
        switch (outcome) {
            case WAITING -> showWaiting("receipt-waiting", getTranslation("payment.receipt.waiting"));
            case PAID -> receipt(deposit.orElseThrow());
            case DECLINED -> declined(deposit.orElseThrow());
            case CANCELLED -> content.add(status("receipt-cancelled", getTranslation("payment.receipt.cancelled")),
                    tryAgain());
            case ABANDONED -> content.add(status("receipt-abandoned", getTranslation("payment.receipt.abandoned")),
                    tryAgain());
            case PROCESSING -> {
                content.add(status("receipt-processing", getTranslation("payment.receipt.processing")));
                content.add(notCredited());
            }
            case NOT_FOUND -> content.add(notice("receipt-not-found", getTranslation("payment.receipt.not-found")),
                    notCredited());
        }
    }

    private void receipt(DepositView deposit) {
        H3 heading = new H3(getTranslation("payment.receipt.title"));
        heading.setId("receipt-title");
        Div lines = new Div();
        lines.setId("receipt-lines");
        lines.add(line("receipt-date", "payment.receipt.date",
                PaymentDates.dateTime(deposit.settledAt() != null ? deposit.settledAt() : deposit.requestedAt())));
        lines.add(line("receipt-order", "payment.receipt.order", deposit.paymentId() == null ? "" : deposit.paymentId()));
        lines.add(line("receipt-amount", "payment.receipt.amount", DanishFormat.money(deposit.amount())));
        lines.add(line("receipt-fee", "payment.receipt.fee", DanishFormat.money(deposit.fee())));
        lines.add(line("receipt-total", "payment.receipt.total", DanishFormat.money(deposit.total())));
        String card = PaymentsView.cardText(deposit.cardBrand(), deposit.maskedPan());
        if (deposit.method() != null) {
            String method = getTranslation("payment.method." + deposit.method().name());
            lines.add(line("receipt-card", "payment.receipt.paid-with", card.isEmpty() ? method : method + ", " + card));
        }
        try {
            selection.accessible(accountId).ifPresent(a -> lines.add(line("receipt-balance", "payment.receipt.balance",
                    DanishFormat.money(a.balance()))));
        } catch (IllegalStateException e) {
            log.debug("Balance not readable: {}", e.toString());
        }
        content.add(heading, lines);
        Optional<String> email = ReceiptEmails.of(depositId).or(this::profileEmail);
        email.ifPresent(address -> {
            Paragraph sent = new Paragraph(getTranslation("payment.receipt.email-sent", address));
            sent.setId("receipt-email");
            content.add(sent);
        });
        content.add(new Paragraph(PaymentPanel.routeLink("", getTranslation("payment.receipt.to-accounts"))));
    }

    private Optional<String> profileEmail() {
        try {
            return currentCitizen.citizenId().flatMap(queries::email);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private void declined(DepositView deposit) {
        H3 heading = new H3(getTranslation("payment.receipt.declined"));
        heading.setId("receipt-declined");
        Div box = new Div();
        box.setId("receipt-decline");
        box.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.ERROR_10);
        Paragraph reason = new Paragraph(getTranslation(PaymentAdvice.reasonKey(deposit.lastDecline())));
        reason.setId("receipt-decline-reason");
        reason.getStyle().set("font-weight", "600");
        UnorderedList advice = new UnorderedList();
        advice.setId("receipt-decline-advice");
        PaymentAdvice.depositAdviceKeys(deposit.lastDecline()).forEach(key -> advice.add(new ListItem(getTranslation(key))));
        box.add(reason, advice);
        PaymentAdvice.helpTopic(deposit.lastDecline(), false).ifPresent(topic -> box.add(new Paragraph(
                PaymentPanel.routeLink(Routes.HELP + "?emne=" + topic, getTranslation("payment.help.read-more")))));
        content.add(heading, box, tryAgain());
    }

    /** "Sådan gør du hvis du har indbetalt men pengene ikke er gået ind", with the support contact. */
    private Div notCredited() {
        Div section = new Div();
        section.setId("receipt-not-credited");
        H3 heading = new H3(getTranslation("payment.advice.not-credited.title"));
        UnorderedList points = new UnorderedList();
        PaymentAdvice.notCreditedKeys().forEach(key -> points.add(new ListItem(getTranslation(key))));
        section.add(heading, points);
        MunicipalitySettings.Support support = this.support.current();
        if (!support.phone().isBlank() || !support.email().isBlank()) {
            Paragraph contact = new Paragraph(getTranslation("payment.support") + " ");
            contact.setId("receipt-support");
            if (!support.phone().isBlank()) {
                contact.add(new Anchor("tel:" + support.phone().replaceAll("[^+0-9]", ""), support.phone()));
            }
            if (!support.email().isBlank()) {
                contact.add(new Span(support.phone().isBlank() ? "" : ", "),
                        new Anchor("mailto:" + support.email(), support.email()));
            }
            if (!support.hours().isBlank()) {
                contact.add(new Span(" (" + support.hours() + ")"));
            }
            section.add(contact);
        }
        section.add(new Paragraph(PaymentPanel.routeLink(Routes.HELP + "?emne=" + PaymentAdvice.NOT_CREDITED_TOPIC,
                getTranslation("payment.help.read-more"))));
        return section;
    }

    private Div line(String id, String labelKey, String value) {
        NativeLabel label = new NativeLabel(getTranslation(labelKey));
        label.getStyle().set("font-weight", "600").set("min-width", "8rem").set("display", "inline-block");
        Span text = new Span(value);
        text.setId(id);
        return new Div(label, text);
    }

    private Button tryAgain() {
        Button again = new Button(getTranslation("payment.receipt.try-again"), click -> UI.getCurrent()
                .navigate(Routes.PAYMENTS, QueryParameters.of(PaymentsView.ACCOUNT_PARAMETER, accountId)));
        again.setId("receipt-try-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return again;
    }

    private Anchor backToDeposit() {
        return PaymentPanel.routeLink(Routes.PAYMENTS, getTranslation("payment.receipt.back"));
    }

    private Paragraph notice(String id, String text) {
        Paragraph notice = status(id, text);
        notice.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM);
        return notice;
    }
}
