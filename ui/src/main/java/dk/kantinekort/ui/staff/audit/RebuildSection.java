package dk.kantinekort.ui.staff.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus.ProcessorProgress;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.ReadModelNotice;

/**
 * Genopbyg læsemodeller: after a confirmation, a rebuild by replaying the event store; each processor's progress is
 * polled until the read models are READY. A rebuild already running (this auditor's or another's) is followed too.
 */
class RebuildSection extends AuditSection {

    private final RebuildDesk desk;
    private final Polling polling;
    private final ReadModelNotice notice;
    private final Button start;
    private final Paragraph state = new Paragraph();
    private final PlainTable progress;
    private boolean following;

    RebuildSection(RebuildDesk desk, Polling polling, ReadModelNotice notice) {
        super("rebuild", "backoffice.revision.rebuild.title");
        this.desk = desk;
        this.polling = polling;
        this.notice = notice;
        Paragraph explanation = new Paragraph(getTranslation("backoffice.revision.rebuild.explanation"));
        start = new Button(getTranslation("backoffice.revision.rebuild.start"), click -> confirm());
        start.setId("rebuild-start");
        start.addThemeVariants(ButtonVariant.LUMO_ERROR);
        state.setId("rebuild-state");
        progress = new PlainTable("rebuild-progress", getTranslation("backoffice.revision.column.processor"),
                getTranslation("backoffice.revision.column.position"), getTranslation("backoffice.revision.column.head"),
                getTranslation("backoffice.revision.column.status"));
        progress.setVisible(false);
        add(explanation, start, state, progress);
    }

    /** Shows the read models' state now, and follows a rebuild that runs. */
    void showCurrent() {
        try {
            follow(desk.progress());
        } catch (IllegalStateException e) {
            sayUnavailable();
        }
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("rebuild-confirm");
        dialog.setHeader(getTranslation("backoffice.revision.rebuild.confirm-title"));
        dialog.setText(getTranslation("backoffice.revision.rebuild.confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("backoffice.cancel"));
        dialog.setConfirmText(getTranslation("backoffice.revision.rebuild.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            quiet();
            follow(desk.start());
        });
        dialog.open();
    }

    /** Shows a stage; keeps polling while it waits. True when there is nothing more to wait for. */
    private boolean follow(RebuildDesk.Progress now) {
        show(now);
        start.setEnabled(!now.waiting());
        if (now.waiting() && !following) {
            following = true;
            polling.until(UI.getCurrent(), this::tick);
        }
        return !now.waiting();
    }

    private boolean tick() {
        boolean done;
        try {
            RebuildDesk.Progress now = desk.progress();
            show(now);
            start.setEnabled(!now.waiting());
            done = !now.waiting();
        } catch (IllegalStateException e) {
            sayUnavailable();
            start.setEnabled(true);
            done = true;
        }
        following = !done;
        return done;
    }

    private void show(RebuildDesk.Progress now) {
        switch (now.stage()) {
            case STARTING -> say(getTranslation("backoffice.revision.rebuild.starting"), null);
            case STARTED -> {
                notice.forget(); // the banner appears at the next page, not after the cache's seconds
                say(getTranslation("backoffice.revision.rebuild.started"), true);
            }
            case REFUSED_IN_PROGRESS -> say(getTranslation("backoffice.revision.rebuild.in-progress",
                    AuditFormat.time(now.status().startedAt()), AuditFormat.text(now.status().requestedBy())), false);
            case FAILED -> say(getTranslation("backoffice.revision.rebuild.failed"), false);
            case REBUILDING, READY -> { }
        }
        ReadModelStatus status = now.status();
        if (status == null) {
            return;
        }
        if (status.state() == ReadModelStatus.State.REBUILDING) {
            state.setText(getTranslation("backoffice.revision.rebuild.rebuilding", AuditFormat.time(status.startedAt()),
                    AuditFormat.text(status.requestedBy())));
        } else if (status.rebuildId() != null) {
            state.setText(getTranslation("backoffice.revision.rebuild.ready-after",
                    AuditFormat.time(status.finishedAt()), AuditFormat.text(status.requestedBy())));
        } else {
            state.setText(getTranslation("backoffice.revision.rebuild.ready"));
        }
        progress.clearRows();
        for (ProcessorProgress processor : status.processors()) {
            progress.addRow("rebuild-processor-" + processor.processor(), processor.processor(),
                    AuditFormat.text(processor.position()), AuditFormat.text(processor.head()),
                    getTranslation(processor.done() ? "backoffice.revision.rebuild.processor-done"
                            : processor.replaying() ? "backoffice.revision.rebuild.processor-replaying"
                            : "backoffice.revision.rebuild.processor-waiting"));
        }
        progress.setVisible(!progress.isEmpty());
    }
}
