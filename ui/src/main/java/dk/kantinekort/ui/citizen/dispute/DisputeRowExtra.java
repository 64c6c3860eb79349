package dk.kantinekort.ui.citizen.dispute;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dk.kantinekort.api.dispute.DisputeView;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Indsigelse on Kontoudskrift: beneath each row that took money from the card, the button that disputes it, or the state of the
 * dispute (under behandling, godkendt with the refund, afvist with staff's reason). Built per report, added to the
 * statement by {@link #forRow}; the statement itself does not know about disputes.
 */
public final class DisputeRowExtra {

    /** Money taken from the card: what a citizen disputes (a deposit that did not arrive is a payment matter). */
    private static final Set<StatementRowType> DISPUTED = EnumSet.of(StatementRowType.PURCHASE,
            StatementRowType.WEBSHOP, StatementRowType.SUBSCRIPTION, StatementRowType.FEE);
    static final int MAX_TEXT = 1_000;

    private final Disputes disputes;
    private final String accountId;
    private final Map<String, StatementRow> rows;
    private final Map<String, DisputeView> existing;

    private DisputeRowExtra(Disputes disputes, String accountId, Map<String, StatementRow> rows) {
        this.disputes = disputes;
        this.accountId = accountId;
        this.rows = rows;
        this.existing = disputes.ofAccount(accountId);
    }

    /** What each row of this account's statement shows beneath it; nothing while the part is switched off. */
    public static Function<String, Optional<Component>> forRow(Disputes disputes, String accountId,
                                                              Iterable<StatementRow> statementRows) {
        if (disputes == null || !disputes.enabled()) {
            return reference -> Optional.empty();
        }
        Map<String, StatementRow> byId = java.util.stream.StreamSupport.stream(statementRows.spliterator(), false)
                .filter(r -> r.id() != null)
                .collect(Collectors.toMap(StatementRow::id, r -> r, (a, b) -> a));
        return new DisputeRowExtra(disputes, accountId, byId)::extra;
    }

    private Optional<Component> extra(String reference) {
        StatementRow row = rows.get(reference);
        if (row == null || !DISPUTED.contains(row.type()) || row.amount() == null || !row.amount().isNegative()) {
            return Optional.empty();
        }
        DisputeView dispute = existing.get(reference);
        return Optional.of(dispute != null ? new Div(state(dispute)) : new RowAction(row));
    }

    private static Span state(DisputeView dispute) {
        Span state = new Span();
        state.addClassName("dispute-state");
        switch (dispute.state()) {
            case REFUNDED -> state.setText(state.getTranslation("dispute.state.REFUNDED",
                    DanishFormat.money(dispute.refunded())));
            case REJECTED -> state.setText(state.getTranslation("dispute.state.REJECTED",
                    dispute.rejectionReason() == null ? "" : dispute.rejectionReason()));
            default -> state.setText(state.getTranslation("dispute.state.OPEN"));
        }
        return state;
    }

    /** The button of one row, replaced by the dispute's state once it is opened. */
    private final class RowAction extends Composite<Div> {

        RowAction(StatementRow row) {
            Button open = new Button(getTranslation("dispute.open"), click -> ask(row));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.addClassName("dispute-open");
            open.setAriaLabel(getTranslation("dispute.open.aria", getTranslation("statement.type." + row.type().name()),
                    DanishFormat.money(row.amount())));
            getContent().add(open);
        }

        private void ask(StatementRow row) {
            Dialog dialog = new Dialog();
            dialog.setId("dispute-dialog");
            dialog.setHeaderTitle(getTranslation("dispute.title"));
            Span line = new Span(getTranslation("dispute.row", getTranslation("statement.type." + row.type().name()),
                    DanishFormat.money(row.amount())));
            TextArea text = new TextArea(getTranslation("dispute.text"));
            text.setId("dispute-text");
            text.setHelperText(getTranslation("dispute.text.help"));
            text.setMaxLength(MAX_TEXT);
            text.setRequired(true);
            text.setWidthFull();
            Button send = new Button(getTranslation("dispute.send"), click -> {
                String words = text.getValue() == null ? "" : text.getValue().strip();
                if (words.isEmpty()) {
                    text.setErrorMessage(getTranslation("dispute.text.required"));
                    text.setInvalid(true);
                    return;
                }
                Optional<String> refused = disputes.open(accountId, row, words);
                if (refused.isPresent()) {
                    text.setErrorMessage(getTranslation(refused.get()));
                    text.setInvalid(true);
                    return;
                }
                dialog.close();
                Span opened = new Span(getTranslation("dispute.state.OPEN"));
                opened.addClassName("dispute-state");
                opened.getElement().setAttribute("role", "status");
                getContent().removeAll();
                getContent().add(opened);
            });
            send.setId("dispute-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setDisableOnClick(true);
            send.addClickListener(click -> send.setEnabled(true));
            Button cancel = new Button(getTranslation("dispute.cancel"), click -> dialog.close());
            Div body = new Div(line, text);
            body.setWidth("28rem");
            body.getStyle().set("max-width", "100%");
            dialog.add(body);
            dialog.getFooter().add(cancel, send);
            dialog.open();
            text.focus();
        }
    }
}
