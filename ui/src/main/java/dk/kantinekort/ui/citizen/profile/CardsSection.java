package dk.kantinekort.ui.citizen.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.tempcard.IssueTemporaryCard;
import dk.kantinekort.api.tempcard.RevokeTemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCard;
import dk.kantinekort.ui.citizen.tempcard.TemporaryCardDialog;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import dk.kantinekort.ui.shell.format.AccountNames;

/**
 * "Kortoplysninger": the person's card accounts with Navn, Kortnummer, Saldo and Status, and per card
 * "Bestil nyt kort" (F11) and "Spær kort" / "Aktiver kort" (F10). The ledger decides; the page only shows
 * why a button is off and what the ledger answered.
 */
class CardsSection extends VerticalLayout {


    /** Reads the cards again after an action; {@code settled} says whether the read side shows it yet. */
    interface Reload {
        void after(String accountId, Predicate<AccountSummary> settled, UnaryOperator<AccountSummary> knownOutcome);
    }

    private final PortalCommands commands;
    private final Supplier<String> deliveryAddress;
    private final Function<String, Optional<PendingCardReplacement>> pendingReplacement;
    private final Reload reload;
    private final boolean temporaryCards;
    private NativeTable table = new NativeTable();
    private final Paragraph message = new Paragraph();
    /** The buttons of the table now shown, by id, so the focus can return to them after a rebuild. */
    private final Map<String, Button> buttons = new HashMap<>();

    /**
     * @param deliveryAddress the address on file that a new card is sent to, blank when there is none
     * @param pendingReplacement the replacement card of an account still to be produced, with the address recorded
     *                           when it was ordered
     */
    CardsSection(PortalCommands commands, Supplier<String> deliveryAddress,
                 Function<String, Optional<PendingCardReplacement>> pendingReplacement, Reload reload) {
        this(commands, deliveryAddress, pendingReplacement, reload, true);
    }

    /** @param temporaryCards whether the municipality offers temporary cards (Midlertidigt kort) */
    CardsSection(PortalCommands commands, Supplier<String> deliveryAddress,
                 Function<String, Optional<PendingCardReplacement>> pendingReplacement, Reload reload,
                 boolean temporaryCards) {
        this.temporaryCards = temporaryCards;
        this.commands = commands;
        this.deliveryAddress = deliveryAddress;
        this.pendingReplacement = pendingReplacement;
        this.reload = reload;
        setPadding(false);
        message.setId("profile-cards-message");
        message.getElement().setAttribute("role", "status");
        Paragraph advice = new Paragraph(getTranslation("profile.cards.block-advice"));
        advice.setId("profile-cards-advice");
        Paragraph blockedNote = new Paragraph(getTranslation(temporaryCards ? "profile.cards.blocked-note"
                : "profile.cards.blocked-note.no-temporary"));
        blockedNote.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(table, message, advice, blockedNote);
    }

    /** Shows these card accounts, all of one person. */
    void show(String holderName, List<AccountSummary> cards) {
        // a fresh table each time: NativeTable keeps its head and body after removeAll(), detached
        buttons.clear();
        NativeTable fresh = new NativeTable();
        replace(table, fresh);
        table = fresh;
        table.setId("profile-cards");
        table.setWidthFull();
        table.setCaptionText(getTranslation("profile.cards.caption", holderName));
        table.getCaption().addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("name", "number", "balance", "status", "actions")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation("profile.cards.column." + column));
            cell.getElement().setAttribute("scope", "col");
            cell.addClassNames(LumoUtility.TextAlignment.LEFT, LumoUtility.Padding.SMALL);
        }
        for (AccountSummary card : cards) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("profile-card-" + card.accountId());
            cell(row, AccountNames.of(card, this::getTranslation));
            cell(row, card.currentCardNumber() == null
                    ? getTranslation("profile.cards.no-card") : card.currentCardNumber());
            cell(row, DanishFormat.money(card.balance()));
            cell(row, getTranslation("profile.cards.status." + card.cardStatus().name()));
            NativeTableCell actions = row.addDataCell();
            actions.addClassNames(LumoUtility.Padding.SMALL);
            actions.add(actions(card));
        }
    }

    private static void cell(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Whitespace.NOWRAP);
    }

    private Div actions(AccountSummary card) {
        Button order = new Button(getTranslation("profile.cards.order"), click -> confirmOrder(card));
        order.setId("profile-order-" + card.accountId());
        buttons.put(order.getId().orElseThrow(), order);
        boolean blocked = card.cardStatus() == AccountStatus.BLOCKED;
        HorizontalLayout row = new HorizontalLayout(order);
        row.setWrap(true);
        Div actions = new Div(row);
        if (card.status() == AccountStatus.BLOCKED) {
            // the whole account: staff's block, lifted only by staff (decision record 21)
            Span accountBlock = new Span(getTranslation("profile.cards.account-blocked"));
            accountBlock.setId("profile-account-block-" + card.accountId());
            accountBlock.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL,
                    LumoUtility.Margin.Top.XSMALL);
            actions.add(accountBlock);
        }
        if (blocked && card.cardBlockedBy() == BlockOrigin.STAFF) {
            // only staff lift the municipality's block: no button, and the way to get it lifted
            Span staffBlock = new Span(getTranslation("profile.cards.staff-block"));
            staffBlock.setId("profile-staff-block-" + card.accountId());
            staffBlock.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL,
                    LumoUtility.Margin.Top.XSMALL);
            actions.add(staffBlock);
        } else {
            Button block = new Button(getTranslation(blocked ? "profile.cards.unblock" : "profile.cards.block"),
                    click -> toggleBlock(card));
            block.setId("profile-block-" + card.accountId());
            block.setDisableOnClick(true);
            buttons.put(block.getId().orElseThrow(), block);
            row.add(block);
        }
        Optional<PendingCardReplacement> onItsWay = pending(card.accountId());
        if (temporaryCards && card.status() != AccountStatus.BLOCKED && (blocked || onItsWay.isPresent())) {
            Button temporary = new Button(getTranslation("profile.cards.temporary"), click -> showTemporary(card));
            temporary.setId("profile-temporary-" + card.accountId());
            buttons.put(temporary.getId().orElseThrow(), temporary);
            row.add(temporary);
        }
        onItsWay.ifPresent(replacement -> {
            Span sentTo = new Span(replacement.deliveryAddress() == null || replacement.deliveryAddress().isBlank()
                    ? getTranslation("profile.cards.pending.no-address", masked(replacement.newCardNumber()))
                    : getTranslation("profile.cards.pending", masked(replacement.newCardNumber()),
                    replacement.deliveryAddress()));
            sentTo.setId("profile-card-pending-" + card.accountId());
            sentTo.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL, LumoUtility.Margin.Top.XSMALL);
            actions.add(sentTo);
        });
        if (card.balance().isLessThan(Limits.REPLACEMENT_CARD_FEE)) {
            order.setEnabled(false);
            Span why = new Span(getTranslation("profile.cards.order.too-low",
                    DanishFormat.money(Limits.REPLACEMENT_CARD_FEE), DanishFormat.money(card.balance())));
            why.setId("profile-order-reason-" + card.accountId());
            why.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                    LumoUtility.Margin.Top.XSMALL);
            order.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
            actions.add(why);
        }
        return actions;
    }

    /** The account's replacement card on its way; nothing when the read side does not answer. */
    private Optional<PendingCardReplacement> pending(String accountId) {
        try {
            return pendingReplacement.apply(accountId);
        } catch (IllegalStateException unavailable) {
            return Optional.empty();
        }
    }

    private static String masked(String cardNumber) {
        return cardNumber != null && CardNumber.isValid(cardNumber) ? CardNumber.parse(cardNumber).masked() : "";
    }

    private void confirmOrder(AccountSummary card) {
        Dialog dialog = new Dialog();
        dialog.setId("profile-order-dialog");
        dialog.setHeaderTitle(getTranslation("profile.order.dialog.title"));
        String address = deliveryAddress.get();
        Paragraph fee = new Paragraph(getTranslation("profile.order.dialog.fee"));
        fee.setId("profile-order-fee");
        Paragraph sentTo = new Paragraph(getTranslation("profile.order.dialog.address")
                + (address.isBlank() ? "." : ": " + address));
        sentTo.setId("profile-order-address");
        dialog.add(fee, sentTo, new Paragraph(getTranslation("profile.order.dialog.carry-over")));
        Button confirm = new Button(getTranslation("profile.order.dialog.confirm"), click -> {
            dialog.close();
            order(card);
        });
        confirm.setId("profile-order-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (address.isBlank()) {
            // nowhere to send the card: the address must be saved first
            confirm.setEnabled(false);
            Paragraph noAddress = new Paragraph(getTranslation("profile.order.dialog.no-address"));
            noAddress.setId("profile-order-no-address");
            noAddress.addClassName(LumoUtility.TextColor.ERROR);
            dialog.add(noAddress);
        }
        Button cancel = new Button(getTranslation("profile.order.dialog.cancel"), click -> dialog.close());
        cancel.setId("profile-order-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void order(AccountSummary card) {
        try {
            Object answer = commands.send(new OrderReplacementCard(card.accountId(), UUID.randomUUID().toString()));
            String number = answer instanceof CardNumber n ? n.value() : String.valueOf(answer);
            succeeded(getTranslation("profile.order.done", number));
            reload.after(card.accountId(), fresh -> fresh.balance().isLessThan(card.balance()), UnaryOperator.identity());
        } catch (RejectedException refusal) {
            failed(getTranslation(Refusals.messageKey(refusal)));
        } catch (IllegalStateException unavailable) {
            failed(getTranslation("profile.unavailable"));
        }
        refocus("profile-order-" + card.accountId());
    }

    /** Asks the ledger for the account's temporary card (the live one, or a new one) and shows it. */
    private void showTemporary(AccountSummary card) {
        try {
            TemporaryCard temporary = (TemporaryCard) commands.send(new IssueTemporaryCard(card.accountId()));
            new TemporaryCardDialog(temporary, () -> revokeTemporary(card)).open();
            message.setText("");
        } catch (RejectedException refusal) {
            failed(getTranslation(Refusals.messageKey(refusal)));
        } catch (IllegalStateException unavailable) {
            failed(getTranslation("profile.unavailable"));
        }
    }

    private void revokeTemporary(AccountSummary card) {
        try {
            commands.send(new RevokeTemporaryCard(card.accountId()));
            succeeded(getTranslation("profile.temporary.revoked"));
        } catch (RejectedException refusal) {
            failed(getTranslation(Refusals.messageKey(refusal)));
        } catch (IllegalStateException unavailable) {
            failed(getTranslation("profile.unavailable"));
        }
        refocus("profile-temporary-" + card.accountId());
    }

    private void toggleBlock(AccountSummary card) {
        boolean blocking = card.cardStatus() == AccountStatus.ACTIVE;
        AccountStatus outcome = blocking ? AccountStatus.BLOCKED : AccountStatus.ACTIVE;
        try {
            // no reason text: the block records that the citizen set it from the portal (blockedBy, actor, channel)
            commands.send(blocking ? new BlockCard(card.accountId(), null) : new UnblockCard(card.accountId()));
            succeeded(getTranslation(blocking ? "profile.block.done" : "profile.unblock.done"));
            reload.after(card.accountId(), fresh -> fresh.cardStatus() == outcome, fresh -> withStatus(fresh, outcome));
        } catch (RejectedException refusal) {
            failed(getTranslation(Refusals.messageKey(refusal)));
            reload.after(card.accountId(), fresh -> true, UnaryOperator.identity());
        } catch (IllegalStateException unavailable) {
            failed(getTranslation("profile.unavailable"));
            reload.after(card.accountId(), fresh -> true, UnaryOperator.identity());
        }
        refocus("profile-block-" + card.accountId());
    }

    /** Keyboard users keep their place: the table was rebuilt, so the focus goes to the same button anew. */
    private void refocus(String buttonId) {
        Button button = buttons.get(buttonId);
        if (button != null && button.isEnabled()) {
            button.focus();
        }
    }

    private void succeeded(String text) {
        message.setText(text);
        message.removeClassName(LumoUtility.TextColor.ERROR);
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void failed(String text) {
        message.setText(text);
        message.addClassName(LumoUtility.TextColor.ERROR);
    }

    /** The card with the state the ledger just answered, while the read side has not caught up. */
    private static AccountSummary withStatus(AccountSummary a, AccountStatus cardStatus) {
        return new AccountSummary(a.accountId(), a.citizenId(), a.holderName(), a.cprMasked(), a.displayName(),
                a.balance(), a.status(), a.currentCardNumber(), a.formerCardNumbers(), a.allowedUnits(),
                a.lastChangedAt(), a.blockedBy(), cardStatus,
                cardStatus == AccountStatus.BLOCKED ? BlockOrigin.CITIZEN : null);
    }
}
