package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.List;
import java.util.Optional;

/** The pieces the payment forms share: amount, receipt e-mail, terms, messages next to fields, advice. */
public abstract class PaymentPanel extends VerticalLayout {

    PaymentPanel() {
        setPadding(false);
        setMaxWidth("48rem");
    }

    /** "Beløb …" in whole kroner, bounded by the terms; the browser's own checks are only a first hint. */
    /** shell.css: a field whose long label wraps onto more lines rather than ending in "…". */
    static final String WRAPPING_LABEL = "portal-wrapping-label";

    IntegerField amountField(String id, String labelKey, PaymentTerms terms) {
        IntegerField amount = new IntegerField(getTranslation(labelKey));
        amount.setId(id);
        // the whole label, "(beløbet skal være i hele danske kroner)" included, is read at any width: the field
        // takes the form's width and its label wraps instead of being cut off with "…" (shell.css)
        amount.setWidthFull();
        amount.addClassName(WRAPPING_LABEL);
        amount.setPlaceholder(getTranslation("payment.amount.placeholder"));
        amount.setSuffixComponent(new Div(getTranslation("payment.amount.suffix")));
        amount.setStep(1);
        amount.setMin((int) (terms.minDeposit().ore() / 100));
        amount.setMax((int) (terms.maxDeposit().ore() / 100));
        amount.setHelperText(getTranslation("payment.amount.bounds", DanishFormat.money(terms.minDeposit()),
                DanishFormat.money(terms.maxDeposit())));
        amount.setRequiredIndicatorVisible(true);
        amount.setManualValidation(true);
        amount.setValueChangeMode(ValueChangeMode.LAZY);
        amount.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("payment.amount.whole-kroner")));
        return amount;
    }

    /** Checks the amount and shows the problem next to the field; the amount when it is fine. */
    Optional<Money> checkAmount(IntegerField amount, PaymentTerms terms) {
        Optional<AmountCheck.Problem> problem = AmountCheck.check(amount.getValue(), unparsable(amount), terms);
        amount.setInvalid(problem.isPresent());
        amount.setErrorMessage(problem.map(p -> getTranslation(p.key(), p.args())).orElse(null));
        return problem.isPresent() ? Optional.empty() : Optional.of(Money.ofKroner(amount.getValue()));
    }

    /** The amount if it is fine now, without marking the field (for the live fee). */
    static Optional<Money> currentAmount(IntegerField amount, PaymentTerms terms) {
        return AmountCheck.valid(amount.getValue(), unparsable(amount), terms);
    }

    /** Something was typed that is no whole number: the field is empty but its input is not. */
    private static boolean unparsable(IntegerField amount) {
        return amount.getValue() == null && amount.getElement().getProperty("_hasInputValue", false);
    }

    ReceiptEmailField emailField(String id, String email) {
        ReceiptEmailField field = new ReceiptEmailField(id, email);
        // at most 24rem, never wider than the screen: a fixed width would widen the whole form past a phone's edge
        field.setWidthFull();
        field.setMaxWidth("24rem");
        return field;
    }

    Checkbox termsCheckbox(String id) {
        Checkbox accept = new Checkbox(getTranslation("payment.terms.accept"));
        accept.setId(id);
        accept.setRequiredIndicatorVisible(true);
        accept.setManualValidation(true);
        accept.addValueChangeListener(change -> {
            if (Boolean.TRUE.equals(change.getValue())) {
                accept.setInvalid(false);
            }
        });
        return accept;
    }

    boolean checkTerms(Checkbox accept) {
        boolean ok = accept.getValue();
        accept.setInvalid(!ok);
        accept.setErrorMessage(ok ? null : getTranslation("payment.terms.required"));
        return ok;
    }

    /** A paragraph for a message about the whole form (a refusal), read out when it appears. */
    public static Paragraph messageParagraph(String id) {
        Paragraph message = new Paragraph();
        message.setId(id);
        message.getElement().setAttribute("role", "alert");
        message.addClassName(LumoUtility.TextColor.ERROR);
        message.setVisible(false);
        return message;
    }

    public static void showMessage(Paragraph message, String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null && !text.isEmpty());
    }

    /** The reason in words and the guide's advice, with a link to Hjælp when it says more. */
    Component adviceBox(String id, PaymentDeclineReason reason, List<String> adviceKeys, boolean autoTopUp) {
        Div box = new Div();
        box.setId(id);
        box.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.ERROR_10);
        Paragraph reasonText = new Paragraph(getTranslation(PaymentAdvice.reasonKey(reason)));
        reasonText.setId(id + "-reason");
        reasonText.getStyle().set("font-weight", "600");
        UnorderedList advice = new UnorderedList();
        advice.setId(id + "-advice");
        adviceKeys.forEach(key -> advice.add(new ListItem(getTranslation(key))));
        box.add(reasonText, advice);
        PaymentAdvice.helpTopic(reason, autoTopUp).ifPresent(topic -> box.add(new Paragraph(helpLink(topic))));
        return box;
    }

    /** A notice about the page (no account, not available), read out when it appears. */
    public static Paragraph notice(String id, String text) {
        Paragraph notice = new Paragraph(text);
        notice.setId(id);
        notice.getElement().setAttribute("role", "status");
        notice.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM);
        return notice;
    }

    /** A link to one topic of Hjælp (a route built elsewhere, so by path). */
    Anchor helpLink(String topic) {
        return routeLink(Routes.HELP + "?emne=" + topic, getTranslation("payment.help.read-more"));
    }

    /** An in-app link the router follows without reloading the page. */
    public static Anchor routeLink(String location, String text) {
        Anchor link = new Anchor(location, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** Muted text that explains. */
    static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName(LumoUtility.TextColor.SECONDARY);
        return note;
    }
}
