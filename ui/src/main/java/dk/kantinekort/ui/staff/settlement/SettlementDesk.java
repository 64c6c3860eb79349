package dk.kantinekort.ui.staff.settlement;

import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.settlement.FindSettlementReconciliation;
import dk.kantinekort.api.settlement.ImportSettlementReport;
import dk.kantinekort.api.settlement.ListSettlementReports;
import dk.kantinekort.api.settlement.ResolveSettlementRow;
import dk.kantinekort.api.settlement.SettlementResolution;
import dk.kantinekort.api.settlement.SettlementReconciliation;
import dk.kantinekort.api.settlement.SettlementReportSummary;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the Afregning page asks and sends; no Vaadin here. */
class SettlementDesk {

    /** What became of an import: the report's id, or the key of why not and the ledger's detail. */
    record Result(String reportId, int lines, String refusalKey, String detail) {
        boolean done() {
            return reportId != null;
        }
    }

    private final StaffQueries queries;
    private final StaffCommands commands;

    SettlementDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    Result importReport(String fileName, byte[] bytes, LocalDate from, LocalDate to) {
        String csv = new String(bytes, StandardCharsets.UTF_8);
        if (csv.length() > ImportSettlementReport.MAX_CHARS) {
            return new Result(null, 0, "backoffice.settlement.refused.INVALID_REQUEST", "too large");
        }
        ImportSettlementReport command = ImportSettlementReport.of(fileName, csv, from, to);
        try {
            Integer lines = commands.send(command);
            return new Result(command.reportId(), lines == null ? 0 : lines, null, null);
        } catch (RejectedException refusal) {
            Optional<Rejection> rejection = RejectedException.rejectionOf(refusal);
            RejectionCode code = rejection.map(Rejection::code).orElse(null);
            String key = code == RejectionCode.SETTLEMENT_ALREADY_IMPORTED || code == RejectionCode.INVALID_REQUEST
                    ? "backoffice.settlement.refused." + code.name() : "backoffice.refused.other";
            return new Result(null, 0, key, rejection.map(Rejection::detail).orElse(""));
        } catch (IllegalStateException unavailable) {
            return new Result(null, 0, "backoffice.unavailable", "");
        }
    }

    /** Throws IllegalStateException when the read side is away. */
    List<SettlementReportSummary> reports() {
        return queries.list(new ListSettlementReports(), SettlementReportSummary.class);
    }

    /** Settles a row that did not match; true when the ledger took it. */
    boolean resolve(String reportId, SettlementReconciliation.Row row, SettlementResolution resolution) {
        try {
            commands.send(new ResolveSettlementRow(reportId, row.paymentId(), row.lineNumber(), resolution));
            return true;
        } catch (RejectedException | IllegalStateException refused) {
            return false;
        }
    }

    Optional<SettlementReconciliation> reconciliation(String reportId) {
        return queries.one(new FindSettlementReconciliation(reportId), SettlementReconciliation.class);
    }
}
