package dk.kantinekort.ui.citizen.tempcard;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.tempcard.TemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * "Midlertidigt kort": the temporary card's QR code and number, until when it works, and "Luk det midlertidige kort".
 * The code comes from the ledger's answer ({@code IssueTemporaryCard}), never from a read model: it is not stored.
 */
public class TemporaryCardDialog extends Dialog {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    /**
     * @param revoke what "Luk det midlertidige kort" does (sends {@code RevokeTemporaryCard}); the dialog closes after
     */
    public TemporaryCardDialog(TemporaryCard card, Runnable revoke) {
        setId("temporary-card-dialog");
        setHeaderTitle(getTranslation("profile.temporary.dialog.title"));
        Html qr = new Html("<div>" + QrCodeSvg.of(card.code(), getTranslation("profile.temporary.dialog.qr"))
                + "</div>");
        qr.setId("temporary-card-qr");
        Span number = new Span(TemporaryCardCode.grouped(card.code()));
        number.setId("temporary-card-number");
        number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD);
        Paragraph numberLine = new Paragraph(getTranslation("profile.temporary.dialog.number", ""));
        numberLine.add(number);
        Paragraph expires = new Paragraph(getTranslation("profile.temporary.dialog.expires",
                DATE_TIME.format(card.expiresAt())));
        expires.setId("temporary-card-expires");
        Paragraph ends = new Paragraph(getTranslation("profile.temporary.dialog.ends"));
        ends.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(new Paragraph(getTranslation("profile.temporary.dialog.intro")), qr, numberLine, expires, ends);

        Button end = new Button(getTranslation("profile.temporary.dialog.revoke"), click -> {
            close();
            revoke.run();
        });
        end.setId("temporary-card-revoke");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button close = new Button(getTranslation("profile.temporary.dialog.close"), click -> close());
        close.setId("temporary-card-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(end, close);
    }
}
