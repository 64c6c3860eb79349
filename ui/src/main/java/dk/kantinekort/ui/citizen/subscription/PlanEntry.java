package dk.kantinekort.ui.citizen.subscription;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.citizen.payment.PaymentAdvice;
import java.util.Map;
import java.util.stream.Collectors;
import dk.kantinekort.ui.shell.Routes;

/**
 * One plan: its name (opens the description, price, period and places), its price, the state of the account's
 * enrolment (with the card fee charged each period) and "Tilmeld" or the red "Frameld" (asked first), with a refusal
 * shown right by the button.
 */
class PlanEntry extends Div {

    /** The Hjælp topic on charges that fail: the guide's four causes, as for webshop orders. */
    static final String HELP_TOPIC = "abonnement-ikke-betalt";

    private final String planId;
    private final Paragraph message = new Paragraph();

    PlanEntry(PlanRow row, Map<String, String> placeNames, Runnable enrol, Runnable unenrol) {
        this.planId = row.planId();
        String id = "plan-" + row.planId();
        setId(id);
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);

        String priceText = getTranslation("subscription.price", DanishFormat.money(row.price()),
                getTranslation(SubscriptionTexts.periodKey(row.period())));
        Div info = new Div();
        if (row.description() != null && !row.description().isBlank()) {
            Paragraph description = new Paragraph(row.description());
            description.setId(id + "-description");
            info.add(description);
        }
        Paragraph price = new Paragraph(getTranslation("subscription.info.price", priceText));
        Paragraph period = new Paragraph(getTranslation("subscription.info.period",
                getTranslation("subscription.period-name." + row.period().name())));
        info.add(price, period);
        if (!row.placeIds().isEmpty()) {
            Paragraph places = new Paragraph(getTranslation("subscription.info.places", row.placeIds().stream()
                    .map(p -> placeNames.getOrDefault(p, p)).collect(Collectors.joining(", "))));
            places.setId(id + "-places");
            info.add(places);
        }
        info.setId(id + "-info");
        Details name = new Details(row.name(), info);
        name.setId(id + "-name");
        name.addClassName(LumoUtility.FontWeight.SEMIBOLD);

        Paragraph priceLine = new Paragraph(priceText);
        priceLine.setId(id + "-price");
        add(name, priceLine);
        row.enrolment().ifPresent(enrolment -> add(state(id, enrolment)));

        message.setId(id + "-message");
        message.getElement().setAttribute("role", "alert");
        message.addClassName(LumoUtility.TextColor.ERROR);
        message.setVisible(false);
        if (row.active()) {
            Button frameld = new Button(getTranslation("subscription.unenrol"), click -> confirm(row, unenrol));
            frameld.setId(id + "-unenrol");
            frameld.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            frameld.getElement().setAttribute("aria-label", getTranslation("subscription.unenrol.label", row.name()));
            add(frameld, message);
        } else if (row.offered()) {
            Button tilmeld = new Button(getTranslation("subscription.enrol"), click -> enrol.run());
            tilmeld.setId(id + "-enrol");
            tilmeld.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tilmeld.getElement().setAttribute("aria-label", getTranslation("subscription.enrol.label", row.name()));
            tilmeld.getElement().setAttribute("aria-haspopup", "dialog");
            add(tilmeld, message);
        }
    }

    String planId() {
        return planId;
    }

    void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    /** Status, card, paid until, next charge, and a failed charge with the guide's advice. */
    private Div state(String id, EnrolmentView enrolment) {
        Div state = new Div();
        state.setId(id + "-state");
        Paragraph status = new Paragraph(getTranslation("subscription.status",
                getTranslation("subscription.status." + enrolment.status().name())));
        status.setId(id + "-status");
        state.add(status);
        if (enrolment.maskedPan() != null && !enrolment.maskedPan().isBlank()
                && enrolment.status() == EnrolmentStatus.ACTIVE) {
            Paragraph card = new Paragraph(getTranslation("subscription.card", enrolment.maskedPan()));
            card.setId(id + "-card");
            state.add(card);
        }
        if (enrolment.paidUntil() != null) {
            Paragraph paid = new Paragraph(getTranslation("subscription.paid-until",
                    SubscriptionTexts.date(enrolment.paidUntil())));
            paid.setId(id + "-paid-until");
            state.add(paid);
        }
        Money fee = enrolment.fee() == null ? Money.ZERO : enrolment.fee();
        if (enrolment.nextChargeAt() != null && enrolment.status() == EnrolmentStatus.ACTIVE) {
            // what the card is charged: the price and the card fee kept at Tilmeld
            Paragraph next = new Paragraph(getTranslation("subscription.next-charge",
                    SubscriptionTexts.date(enrolment.nextChargeAt()),
                    DanishFormat.money(enrolment.price().plus(fee))));
            next.setId(id + "-next-charge");
            state.add(next);
        }
        if (fee.isPositive() && enrolment.status() == EnrolmentStatus.ACTIVE) {
            Paragraph feeLine = new Paragraph(getTranslation("subscription.fee", DanishFormat.money(fee)));
            feeLine.setId(id + "-fee");
            state.add(feeLine);
        }
        if (enrolment.lastFailure() != null) {
            Div failure = new Div();
            failure.setId(id + "-failure");
            failure.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Background.ERROR_10);
            Paragraph reason = new Paragraph(getTranslation("subscription.failure",
                    getTranslation(PaymentAdvice.reasonKey(enrolment.lastFailure()))));
            reason.setId(id + "-failure-reason");
            reason.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            UnorderedList advice = new UnorderedList();
            advice.setId(id + "-failure-advice");
            SubscriptionTexts.adviceKeys(enrolment.lastFailure())
                    .forEach(key -> advice.add(new ListItem(getTranslation(key))));
            Anchor help = new Anchor(Routes.HELP + "?emne=" + HELP_TOPIC, getTranslation("payment.help.read-more"));
            help.getElement().setAttribute("router-link", true);
            help.setId(id + "-failure-help");
            failure.add(reason, advice, new Paragraph(help));
            state.add(failure);
        }
        return state;
    }

    private void confirm(PlanRow row, Runnable unenrol) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("subscription.unenrol.confirm.header", row.name()),
                getTranslation("subscription.unenrol.confirm.text"),
                getTranslation("subscription.unenrol.confirm.yes"), yes -> unenrol.run());
        confirm.setId("unenrol-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("subscription.unenrol.confirm.no"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
