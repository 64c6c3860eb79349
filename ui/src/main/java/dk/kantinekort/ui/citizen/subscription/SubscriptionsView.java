package dk.kantinekort.ui.citizen.subscription;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.payment.PaymentLinks;
import dk.kantinekort.ui.citizen.payment.PaymentQueries;
import dk.kantinekort.ui.citizen.payment.PaymentSettings;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.citizen.layout.AccountChooser;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;

/**
 * Abonnementer (F14), as the guide's "Sådan bruger du Abonnementer": "Konti" chooses the account, each plan shows
 * its name (opens for more), price and "Tilmeld", or "Frameld" while the account is enrolled, with the saved card,
 * what is paid, the next charge and a failed charge with the guide's advice. {@code abonnementer?konto=<id>}
 * opens an account; one the citizen may not act on is ignored with a notice.
 */
@Route(value = Routes.SUBSCRIPTIONS, layout = MainLayout.class)
@PermitAll
public class SubscriptionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ACCOUNT_PARAMETER = "konto";
    private static final Logger log = LoggerFactory.getLogger(SubscriptionsView.class);

    private final AccountSelection selection;
    private final SubscriptionQueries queries;
    private final PaymentQueries payments;
    private final PortalCommands commands;
    private final CurrentCitizen currentCitizen;
    private final PaymentSettings settings;
    private final MunicipalitySettings municipality;
    private final Branding branding;

    private final AccountChooser account;
    private final Paragraph notice = new Paragraph();
    private final Div plans = new Div();
    private final Set<String> endedHere = new HashSet<>();
    private List<AccountSummary> accessible = List.of();
    private AccountSummary chosen;

    SubscriptionsView(AccountSelection selection, SubscriptionQueries queries, PaymentQueries payments,
                     PortalCommands commands, CurrentCitizen currentCitizen, PaymentSettings settings,
                     MunicipalitySettings municipality, Branding branding) {
        this.selection = selection;
        this.queries = queries;
        this.payments = payments;
        this.commands = commands;
        this.currentCitizen = currentCitizen;
        this.settings = settings;
        this.municipality = municipality;
        this.branding = branding;
        setId("abonnementer");
        setMaxWidth("60rem");

        account = new AccountChooser("subs-account", "subscription.account", this::choose);
        notice.setId("subs-notice");
        notice.getElement().setAttribute("role", "status");
        notice.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        notice.setVisible(false);
        plans.setId("subs-plans");
        plans.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        show(event.getLocation().getQueryParameters().getSingleParameter(ACCOUNT_PARAMETER));
    }

    void show(Optional<String> requestedAccountId) {
        removeAll();
        add(new H2(getTranslation("subscription.title")));
        try {
            Optional<AccountSelection.Choice> choice = selection.choose(requestedAccountId);
            if (choice.isEmpty()) {
                add(box("subs-no-account", "subscription.no-account"));
                return;
            }
            if (choice.get().requestIgnored()) {
                add(box("subs-konto-ignored", "subscription.account-not-available"));
            }
            accessible = choice.get().accessible();
            chosen = choice.get().chosen();
        } catch (IllegalStateException e) {
            log.warn("Abonnementer unavailable: {}", e.toString());
            add(box("subs-unavailable", "subscription.unavailable"));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("subscription.intro"));
        intro.setId("subs-intro");
        account.setItems(accessible);
        account.setValue(chosen);
        notice.setVisible(false);
        add(intro, account, notice, plans);
        render();
    }

    private void choose(AccountSummary picked) {
        try {
            Optional<AccountSummary> allowed = selection.accessible(picked.accountId());
            if (allowed.isEmpty()) {
                show(Optional.of(picked.accountId()));
                return;
            }
            selection.select(picked.accountId());
            chosen = allowed.get();
            notice.setVisible(false);
            render();
        } catch (IllegalStateException e) {
            log.warn("Account check failed: {}", e.toString());
            show(Optional.empty());
        }
    }

    /** Reads the plans and the chosen account's enrolments afresh and shows them. */
    private void render() {
        plans.removeAll();
        List<PlanView> offered;
        List<EnrolmentView> enrolments;
        Map<String, String> places;
        try {
            offered = queries.plans();
            enrolments = queries.enrolments(chosen.accountId());
            places = queries.placeNames();
        } catch (IllegalStateException e) {
            log.warn("Plans unavailable: {}", e.toString());
            plans.add(box("subs-unavailable", "subscription.unavailable"));
            return;
        }
        List<PlanRow> rows = PlanRow.of(offered, enrolments, endedHere);
        if (rows.isEmpty()) {
            plans.add(box("subs-no-plans", "subscription.no-plans"));
            return;
        }
        for (PlanRow row : rows) {
            plans.add(new PlanEntry(row, places, () -> openEnrolDialog(row), () -> unenrol(row)));
        }
    }

    private void openEnrolDialog(PlanRow row) {
        String email;
        try {
            email = payments.email(currentCitizen.require()).orElse("");
        } catch (IllegalStateException e) {
            log.debug("No e-mail to prefill: {}", e.toString());
            email = "";
        }
        List<AccountSummary> cardAccounts = accessible.stream()
                .filter(a -> a.citizenId() != null && a.citizenId().equals(chosen.citizenId())).toList();
        Optional<FeeRule> cardFee;
        try {
            cardFee = Optional.of(payments.cardFeeRule());
        } catch (IllegalStateException e) {
            log.warn("The card fee could not be read: {}", e.toString());
            cardFee = Optional.empty();
        }
        EnrolDialog dialog = new EnrolDialog(row, chosen, cardAccounts.isEmpty() ? List.of(chosen) : cardAccounts,
                email, municipality, cardFee, this::startEnrolment);
        dialog.open();
    }

    /** Tilmeld: the ledger opens the enrolment and answers the hosted page that saves the card. */
    private Optional<String> startEnrolment(EnrolDialog.Request request) {
        Optional<AccountSummary> account;
        try {
            account = selection.accessible(request.accountId());
        } catch (IllegalStateException e) {
            return Optional.of(getTranslation("subscription.unavailable"));
        }
        if (account.isEmpty()) {
            return Optional.of(getTranslation("subscription.rejected.ACCESS_DENIED"));
        }
        Enrolments enrolments = new Enrolments(commands, payments, () -> PaymentLinks.of(settings));
        Enrolments.Started started = enrolments.start(request.accountId(), request.planId(), request.email());
        if (started.hostedPageUrl() != null) {
            UI.getCurrent().getPage().setLocation(started.hostedPageUrl());
            return Optional.empty();
        }
        return Optional.of(getTranslation(started.problemKey()));
    }

    /** Frameld, after the citizen confirmed it. */
    private void unenrol(PlanRow row) {
        EnrolmentView enrolment = row.enrolment().orElseThrow();
        try {
            commands.send(new Unenrol(enrolment.accountId(), enrolment.enrolmentId()));
        } catch (RejectedException refusal) {
            render();
            showPlanMessage(row.planId(), getTranslation(SubscriptionTexts.refusalKey(refusal)));
            return;
        } catch (IllegalStateException unavailable) {
            log.warn("Unenrol failed: {}", unavailable.toString());
            render();
            showPlanMessage(row.planId(), getTranslation("subscription.unavailable"));
            return;
        }
        // the ledger has ended it; the read side may still say otherwise for a moment
        endedHere.add(enrolment.enrolmentId());
        render();
        notice.setText(getTranslation("subscription.unenrolled", row.name()));
        notice.setVisible(true);
    }

    private void showPlanMessage(String planId, String text) {
        plans.getChildren().filter(PlanEntry.class::isInstance).map(PlanEntry.class::cast)
                .filter(entry -> entry.planId().equals(planId)).findFirst()
                .ifPresent(entry -> entry.showMessage(text));
    }

    private Paragraph box(String id, String key) {
        Paragraph box = new Paragraph(getTranslation(key));
        box.setId(id);
        box.getElement().setAttribute("role", "status");
        box.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscription.title") + " – " + branding.name();
    }
}
