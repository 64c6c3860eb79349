package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;

/**
 * "Handelsbetingelser og vilkår" over the payment form, closed with the cross in its header (as the guide says:
 * "klik på krydset"), with "Luk" or with Esc: the same municipality text as the page {@code betingelser}.
 */
public class TermsDialog extends Dialog {

    public TermsDialog(MunicipalitySettings.Document terms) {
        setId("terms-dialog");
        setHeaderTitle(getTranslation("terms.title"));
        setWidth("min(48rem, 95vw)");
        setMaxHeight("85vh");
        Button cross = new Button(VaadinIcon.CLOSE.create(), click -> close());
        cross.setId("terms-dialog-cross");
        cross.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        cross.setAriaLabel(getTranslation("payment.terms.close"));
        cross.setTooltipText(getTranslation("payment.terms.close"));
        getHeader().add(cross);
        if (terms.intro().isEmpty() && terms.sections().isEmpty()) {
            add(new Paragraph(getTranslation("document.not-configured")));
        }
        terms.intro().forEach(text -> add(new Paragraph(text)));
        for (MunicipalitySettings.Section section : terms.sections()) {
            if (!section.heading().isBlank()) {
                add(new H3(section.heading()));
            }
            section.paragraphs().forEach(text -> add(new Paragraph(text)));
            if (!section.points().isEmpty()) {
                UnorderedList points = new UnorderedList();
                section.points().forEach(text -> points.add(new ListItem(text)));
                add(points);
            }
        }
        if (!terms.updated().isBlank()) {
            add(new Paragraph(getTranslation("document.updated", terms.updated())));
        }
        Button close = new Button(getTranslation("payment.terms.close"), click -> close());
        close.setId("terms-dialog-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    /** "Handelsbetingelser og vilkår" in the text of a form: opens the municipality's terms over it. */
    public static Button link(String id, MunicipalitySettings municipality) {
        Button link = new Button();
        link.setText(link.getTranslation("terms.title"));
        link.addClickListener(click -> new TermsDialog(municipality.terms()).open());
        link.setId(id);
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.getStyle().set("text-decoration", "underline");
        link.getElement().setAttribute("aria-haspopup", "dialog");
        return link;
    }
}
