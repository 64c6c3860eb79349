package dk.kantinekort.ui.citizen.help;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Document;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Link;
import dk.kantinekort.ui.shell.Branding;

/** A page of the municipality's own text (terms, accessibility statement): title, sections, date of revision. */
abstract class DocumentPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;
    private final Branding branding;

    DocumentPage(String titleKey, Document document, Branding branding) {
        this.titleKey = titleKey;
        this.branding = branding;
        setMaxWidth("60rem");
        setSpacing(false); // paragraphs and headings bring their own margins
        add(new H2(getTranslation(titleKey)));
        if (document.intro().isEmpty() && document.sections().isEmpty()) {
            add(new Paragraph(getTranslation("document.not-configured")));
            return;
        }
        String languageNote = getTranslation("help.language-note");
        if (!languageNote.isBlank()) {
            add(new Paragraph(languageNote));
        }
        document.intro().forEach(text -> add(new Paragraph(text)));
        document.sections().forEach(section -> add(section(section)));
        if (!document.updated().isBlank()) {
            Paragraph updated = new Paragraph(getTranslation("document.updated", document.updated()));
            updated.setId("document-updated");
            add(updated);
        }
    }

    private static Section section(dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Section content) {
        Section section = new Section();
        if (!content.heading().isBlank()) {
            section.add(new H3(content.heading()));
        }
        content.paragraphs().forEach(text -> section.add(new Paragraph(text)));
        if (!content.points().isEmpty()) {
            UnorderedList points = new UnorderedList();
            content.points().forEach(text -> points.add(new ListItem(text)));
            section.add(points);
        }
        for (Link link : content.links()) {
            section.add(new Paragraph(new Anchor(link.url(), link.text().isBlank() ? link.url() : link.text())));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + branding.name();
    }
}
