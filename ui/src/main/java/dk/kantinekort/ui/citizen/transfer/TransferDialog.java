package dk.kantinekort.ui.citizen.transfer;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.transfer.TransferState;
import dk.kantinekort.api.transfer.TransferView;
import dk.kantinekort.ui.shell.format.AccountNames;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * "Overfør" from Mine Konti: from one account the citizen may act on to another, an amount in kroner. The transfer id
 * is made when the form is filled in, so a double click or a second click after a lost answer moves the money once.
 * After the click the dialog follows the transfer until it is done, or given back because the other account refused
 * it; the citizen never sees money that left one account without arriving on the other.
 */
public class TransferDialog extends Dialog {

    /** Polls before the dialog says "on its way" instead of waiting longer. */
    private static final int MAX_POLLS = 20;
    private static final int POLL_MILLIS = 1_000;

    private final Transfers transfers;
    private final Runnable afterwards;
    private final Supplier<List<AccountSummary>> accounts;
    private final Select<AccountSummary> from = new Select<>();
    private final Select<AccountSummary> to = new Select<>();
    private final TextField amount = new TextField();
    private final Button send = new Button();
    private final Paragraph status = new Paragraph();
    private Registration polling;
    private String transferId = newId();
    private int polls;

    /**
     * @param accounts   the accounts the citizen may act on (at least two)
     * @param afterwards run when a transfer ended (done or given back), e.g. to show the new balances
     */
    public TransferDialog(Transfers transfers, Supplier<List<AccountSummary>> accounts, Optional<String> fromAccountId,
                          Runnable afterwards) {
        this.transfers = transfers;
        this.afterwards = afterwards;
        this.accounts = accounts;
        List<AccountSummary> choices = accounts.get();
        setId("transfer-dialog");
        setHeaderTitle(getTranslation("transfer.title"));

        for (Select<AccountSummary> field : List.of(from, to)) {
            field.setItems(choices);
            field.setItemLabelGenerator(this::label);
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
            field.addValueChangeListener(change -> changed());
        }
        from.setId("transfer-from");
        from.setLabel(getTranslation("transfer.field.from"));
        to.setId("transfer-to");
        to.setLabel(getTranslation("transfer.field.to"));
        fromAccountId.flatMap(id -> choices.stream().filter(a -> a.accountId().equals(id)).findFirst())
                .ifPresent(from::setValue);

        amount.setId("transfer-amount");
        amount.setLabel(getTranslation("transfer.field.amount"));
        amount.setHelperText(getTranslation("transfer.field.amount.help"));
        amount.setSuffixComponent(new Div(getTranslation("transfer.field.amount.suffix")));
        amount.setRequiredIndicatorVisible(true);
        amount.addValueChangeListener(change -> changed());

        status.setId("transfer-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);

        send.setId("transfer-send");
        send.setText(getTranslation("transfer.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> submit());
        Button close = new Button(getTranslation("transfer.close"), click -> close());
        close.setId("transfer-close");

        VerticalLayout form = new VerticalLayout(from, to, amount, status);
        form.setPadding(false);
        form.setWidth("34rem");
        form.getStyle().set("max-width", "100%");
        add(form);
        getFooter().add(close, send);
        addDialogCloseActionListener(event -> close());
    }

    @Override
    public void close() {
        stopPolling();
        super.close();
    }

    /**
     * Polls once a second while the transfer is followed. The dialog is modal, which makes the rest of the UI inert and
     * (in Vaadin 24.9, flow#20917) drops the UI's poll events: the poll listener is registered to be allowed while inert.
     */
    private void startPolling() {
        stopPolling();
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ComponentUtil.addListener(ui, PollEvent.class, event -> follow(),
                DomListenerRegistration::allowInert);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** A changed form is a new transfer: it gets a new id. */
    private void changed() {
        if (polling == null) {
            transferId = newId();
            status.setVisible(false); // what it said was about the form as it was
            from.setInvalid(false);
            to.setInvalid(false);
            amount.setInvalid(false);
        }
    }

    private void submit() {
        Optional<Money> money = check();
        if (money.isEmpty()) {
            send.setEnabled(true);
            return;
        }
        showStatus("transfer.sending");
        Optional<String> refused = transfers.send(transferId, from.getValue().accountId(), to.getValue().accountId(),
                money.get());
        if (refused.isPresent()) {
            showStatus(refused.get());
            amount.setErrorMessage(getTranslation(refused.get()));
            amount.setInvalid(true);
            send.setEnabled(true);
            transferId = newId();
            return;
        }
        polls = 0;
        startPolling();
        follow();
    }

    /** Checks the fields and shows the problem next to the field it is about. */
    private Optional<Money> check() {
        boolean ok = true;
        if (from.getValue() == null) {
            from.setErrorMessage(getTranslation("transfer.from.required"));
            from.setInvalid(true);
            ok = false;
        }
        if (to.getValue() == null) {
            to.setErrorMessage(getTranslation("transfer.to.required"));
            to.setInvalid(true);
            ok = false;
        } else if (from.getValue() != null && from.getValue().accountId().equals(to.getValue().accountId())) {
            to.setErrorMessage(getTranslation("transfer.refused.SAME_ACCOUNT"));
            to.setInvalid(true);
            ok = false;
        }
        TransferAmount.Parsed parsed = TransferAmount.parse(amount.getValue());
        if (!parsed.ok()) {
            amount.setErrorMessage(getTranslation(parsed.problem().key(), parsed.problem().args()));
            amount.setInvalid(true);
            ok = false;
        }
        return ok ? Optional.of(parsed.amount()) : Optional.empty();
    }

    /** One look at the transfer: done, given back, or still on its way. */
    private void follow() {
        polls++;
        Optional<TransferView> seen;
        try {
            seen = transfers.find(transferId);
        } catch (IllegalStateException e) {
            seen = Optional.empty();
        }
        TransferState state = seen.map(TransferView::state).orElse(TransferState.PENDING);
        if (state == TransferState.COMPLETED) {
            finish(getTranslation("transfer.done", DanishFormat.money(seen.get().amount()), name(to.getValue())));
        } else if (state == TransferState.REVERSED) {
            finish(getTranslation(Transfers.reversalKey(seen.get().reason()), name(to.getValue())));
        } else if (polls >= MAX_POLLS) {
            finish(getTranslation("transfer.pending"));
        }
    }

    private void finish(String text) {
        stopPolling();
        amount.clear();
        refreshBalances();
        transferId = newId();
        status.setText(text);
        status.setVisible(true);
        send.setEnabled(true);
        afterwards.run();
    }

    /** The accounts again, with their balances after the transfer; the chosen ones stay chosen. */
    private void refreshBalances() {
        try {
            List<AccountSummary> choices = accounts.get();
            for (Select<AccountSummary> field : List.of(from, to)) {
                String chosen = field.getValue() == null ? null : field.getValue().accountId();
                field.setItems(choices);
                choices.stream().filter(a -> a.accountId().equals(chosen)).findFirst().ifPresent(field::setValue);
            }
        } catch (IllegalStateException e) {
            // the old balances stay; Mine Konti shows the new ones when it can
        }
    }

    private void showStatus(String key) {
        status.setText(getTranslation(key));
        status.setVisible(true);
    }

    /** "Kantinekort 1562265116 – Christian Harms (65,00 kr.)": which card, whose, and what it holds now. */
    private String label(AccountSummary account) {
        return name(account) + " (" + DanishFormat.money(account.balance()) + ")";
    }

    private String name(AccountSummary account) {
        String holder = Objects.requireNonNullElse(account.holderName(), "");
        return AccountNames.label(account, this::getTranslation) + (holder.isBlank() ? "" : " – " + holder);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
