package dk.kantinekort.ui.citizen.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.citizen.EmailAddress;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.NoticeChoice;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.AccountNames;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Notifikationer": the mails the logged-in citizen gets about one card account they may act on (own or linked):
 * each purchase, each declined purchase, a balance under an amount they choose, a failed charge; one each or a daily
 * digest; to the address they give. The account comes from {@code ?konto=} when the citizen may act on it, otherwise
 * from "Vælg konto". Not there at all while the municipality has switched the part off.
 */
@Route(value = Routes.NOTICES, layout = MainLayout.class)
@PermitAll
public class NoticesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(NoticesView.class);
    static final int DEFAULT_THRESHOLD_KRONER = 50;

    private final AccountSelection selection;
    private final NoticeChoices choices;
    private final CurrentCitizen currentCitizen;
    private final SchemeParts parts;
    private final Branding branding;

    private final Map<NoticeKind, Checkbox> kinds = new EnumMap<>(NoticeKind.class);
    private final IntegerField threshold = new IntegerField();
    private final RadioButtonGroup<NoticeDelivery> delivery = new RadioButtonGroup<>();
    private final EmailField email = new EmailField();
    private final Paragraph kindsProblem = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Button save = new Button();
    private final Button stop = new Button();
    private AccountSummary account;

    NoticesView(AccountSelection selection, NoticeChoices choices, CurrentCitizen currentCitizen, SchemeParts parts,
                Branding branding) {
        this.selection = selection;
        this.choices = choices;
        this.currentCitizen = currentCitizen;
        this.parts = parts;
        this.branding = branding;
        setId("notices");
        setMaxWidth("50rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!parts.isOn(SchemePart.NOTICES)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (CitizenGuard.admits(event, currentCitizen)) {
            show(event.getLocation().getQueryParameters().getSingleParameter("konto"));
        }
    }

    void show(Optional<String> requestedAccountId) {
        removeAll();
        add(new H2(getTranslation("notices.title")));
        String me = currentCitizen.require();
        Optional<NoticeChoice> choice;
        String profileEmail;
        try {
            Optional<AccountSelection.Choice> chosen = selection.choose(requestedAccountId);
            if (chosen.isEmpty()) {
                add(paragraph("notices-no-account", getTranslation("notices.no-account")));
                return;
            }
            account = chosen.get().chosen();
            choice = choices.choice(account.accountId(), me);
            profileEmail = choice.isPresent() ? null : choices.profileEmail(me).orElse(null);
        } catch (IllegalStateException e) {
            log.warn("Notifikationer could not be shown: {}", e.toString());
            add(paragraph("notices-unavailable", getTranslation("notices.unavailable")));
            return;
        }
        add(paragraph("notices-account", getTranslation("notices.intro",
                AccountNames.label(account, this::getTranslation))));
        buildForm();
        fill(choice, profileEmail);
    }

    private void buildForm() {
        kinds.clear();
        VerticalLayout boxes = new VerticalLayout();
        boxes.setPadding(false);
        boxes.setSpacing(false);
        for (NoticeKind kind : NoticeKind.values()) {
            Checkbox box = new Checkbox(getTranslation("notices.kind." + kind.name()));
            box.setId("notices-kind-" + kind.name().toLowerCase().replace('_', '-'));
            kinds.put(kind, box);
            boxes.add(box);
            if (kind == NoticeKind.LOW_BALANCE) {
                threshold.setId("notices-threshold");
                threshold.setLabel(getTranslation("notices.threshold"));
                threshold.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr."));
                threshold.setMin(1);
                threshold.setMax(5000);
                threshold.setStepButtonsVisible(false);
                threshold.getStyle().set("margin-left", "var(--lumo-space-l)");
                box.addValueChangeListener(e -> threshold.setEnabled(e.getValue()));
                boxes.add(threshold);
            }
        }
        kindsProblem.setId("notices-kinds-problem");
        kindsProblem.addClassName(LumoUtility.TextColor.ERROR);
        kindsProblem.getElement().setAttribute("role", "alert");
        kindsProblem.setVisible(false);

        delivery.setId("notices-delivery");
        delivery.setLabel(getTranslation("notices.delivery"));
        delivery.setItems(NoticeDelivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("notices.delivery." + d.name()));

        email.setId("notices-email");
        email.setLabel(getTranslation("notices.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidth("24rem");

        save.setText(getTranslation("notices.save"));
        save.setId("notices-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        stop.setText(getTranslation("notices.stop"));
        stop.setId("notices-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(click -> stopNotices());

        status.setId("notices-status");
        status.getElement().setAttribute("role", "status");
        add(boxes, kindsProblem, delivery, email, new HorizontalLayout(save, stop), status);
    }

    private void fill(Optional<NoticeChoice> choice, String profileEmail) {
        kinds.forEach((kind, box) -> box.setValue(choice.map(c -> c.kinds().contains(kind)).orElse(false)));
        threshold.setValue(choice.map(NoticeChoice::lowBalanceBelow).map(m -> (int) (m.ore() / 100))
                .orElse(DEFAULT_THRESHOLD_KRONER));
        threshold.setEnabled(kinds.get(NoticeKind.LOW_BALANCE).getValue());
        delivery.setValue(choice.map(NoticeChoice::delivery).orElse(NoticeDelivery.INSTANT));
        email.setValue(choice.map(NoticeChoice::email).orElse(profileEmail == null ? "" : profileEmail));
        stop.setVisible(choice.isPresent());
        status.setText(choice.isPresent() ? getTranslation("notices.status.on") : getTranslation("notices.status.off"));
    }

    private void save() {
        EnumSet<NoticeKind> chosen = EnumSet.noneOf(NoticeKind.class);
        kinds.forEach((kind, box) -> {
            if (box.getValue()) {
                chosen.add(kind);
            }
        });
        boolean valid = true;
        kindsProblem.setVisible(chosen.isEmpty());
        kindsProblem.setText(getTranslation("notices.problem.kinds"));
        valid &= !chosen.isEmpty();
        Integer kroner = threshold.getValue();
        boolean thresholdOk = !chosen.contains(NoticeKind.LOW_BALANCE)
                || (kroner != null && kroner >= 1 && kroner <= 5000);
        threshold.setInvalid(!thresholdOk);
        threshold.setErrorMessage(thresholdOk ? null : getTranslation("notices.problem.threshold"));
        valid &= thresholdOk;
        boolean emailOk = EmailAddress.isValid(email.getValue());
        email.setInvalid(!emailOk);
        email.setErrorMessage(emailOk ? null : getTranslation("notices.problem.email"));
        valid &= emailOk;
        if (!valid) {
            return;
        }
        Money below = chosen.contains(NoticeKind.LOW_BALANCE) ? Money.ofKroner(kroner) : null;
        try {
            choices.choose(new ChooseNotices(account.accountId(), chosen, below, delivery.getValue(),
                    email.getValue().strip()));
            stop.setVisible(true);
            status.setText(getTranslation("notices.saved"));
        } catch (RejectedException e) {
            status.setText(getTranslation("notices.rejected"));
        } catch (IllegalStateException e) {
            log.warn("Notices not saved: {}", e.toString());
            status.setText(getTranslation("notices.unavailable"));
        }
    }

    private void stopNotices() {
        try {
            choices.stop(account.accountId());
            kinds.values().forEach(box -> box.setValue(false));
            stop.setVisible(false);
            status.setText(getTranslation("notices.stopped"));
        } catch (RejectedException e) {
            status.setText(getTranslation("notices.rejected"));
        } catch (IllegalStateException e) {
            log.warn("Notices not stopped: {}", e.toString());
            status.setText(getTranslation("notices.unavailable"));
        }
    }

    private Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title") + " – " + branding.name();
    }
}
