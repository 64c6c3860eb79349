package dk.kantinekort.ui.staff.audit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.audit.StreamHistory;

/** Eksport: the whole history as JSON Lines; one account's is offered with its history above. */
class ExportSection extends AuditSection {

    ExportSection(HistoryExport export) {
        super("export", "backoffice.revision.export.title");
        Paragraph explanation = new Paragraph(getTranslation("backoffice.revision.export.explanation"));
        Anchor all = new Anchor(export.download(StreamHistory.wholeHistory(), "kantinekort-historik.jsonl"),
                getTranslation("backoffice.revision.export.all"));
        all.setId("export-all");
        add(explanation, all);
    }
}
