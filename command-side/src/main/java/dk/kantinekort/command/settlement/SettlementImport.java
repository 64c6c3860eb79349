package dk.kantinekort.command.settlement;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.SETTLEMENT_ALREADY_IMPORTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.settlement.ImportSettlementReport;
import dk.kantinekort.api.settlement.ResolveSettlementRow;
import dk.kantinekort.api.settlement.SettlementLine;
import dk.kantinekort.api.settlement.SettlementReportImported;
import dk.kantinekort.api.settlement.SettlementRowResolved;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One imported settlement report of the payment provider (Afregning). It is accepted once (its id is the hash of its
 * text), only when it can be read, every line adds up (gross − fee = net), no charge or refund appears twice and every
 * line lies in the period. Importing books nothing: the lines are only compared with the ledger.
 */
@Aggregate
public class SettlementImport {

    static final int MAX_LINES = 50_000;

    @AggregateIdentifier
    private String reportId;
    /** The report's lines: line number → payment id. */
    private final java.util.Map<Integer, String> lines = new java.util.HashMap<>();
    /** Rows settled by staff: line number, or the payment id of a row missing at the provider. */
    private final Set<String> resolved = new HashSet<>();

    protected SettlementImport() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ImportSettlementReport command) {
        if (reportId != null) {
            throw new RejectedException(SETTLEMENT_ALREADY_IMPORTED, "This settlement report was imported before");
        }
        if (command.csv() == null || command.csv().isBlank() || command.csv().length() > ImportSettlementReport.MAX_CHARS) {
            throw new RejectedException(INVALID_REQUEST, "The settlement report is empty or too large");
        }
        if (!command.reportId().equals(ImportSettlementReport.idOf(command.csv()))) {
            throw new RejectedException(INVALID_REQUEST, "The report id is not the hash of its text");
        }
        List<SettlementLine> lines;
        try {
            lines = SettlementCsv.parse(command.csv());
        } catch (SettlementCsv.BadReport e) {
            throw new RejectedException(INVALID_REQUEST, e.getMessage());
        }
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new RejectedException(INVALID_REQUEST, "A settlement report has 1 to " + MAX_LINES + " lines");
        }
        Set<String> seen = new HashSet<>();
        for (SettlementLine line : lines) {
            if (line.gross() - line.providerFee() != line.net()) {
                throw new RejectedException(INVALID_REQUEST, "Line " + line.lineNumber()
                        + ": gross minus fee is not the net amount");
            }
            String key = line.type() + "/" + line.paymentId() + "/" + Objects.toString(line.chargeId(), "") + "/"
                    + line.gross();
            if (line.type() == SettlementLine.Type.CHARGE && !seen.add(key)) {
                throw new RejectedException(INVALID_REQUEST, "Line " + line.lineNumber()
                        + ": the same charge appears twice");
            }
        }
        LocalDate first = lines.stream().map(SettlementLine::transactionDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = lines.stream().map(SettlementLine::transactionDate).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate from = command.from() == null ? first : command.from();
        LocalDate to = command.to() == null ? last : command.to();
        if (to.isBefore(from)) {
            throw new RejectedException(INVALID_REQUEST, "The period ends before it starts");
        }
        if (first.isBefore(from) || last.isAfter(to)) {
            throw new RejectedException(INVALID_REQUEST, "The report has lines outside the period " + from + " – "
                    + to);
        }
        String fileName = command.fileName() == null || command.fileName().isBlank() ? "afregning.csv"
                : command.fileName().strip();
        apply(new SettlementReportImported(command.reportId(), fileName.length() > 200 ? fileName.substring(0, 200)
                : fileName, from, to, List.copyOf(lines)));
        return lines.size();
    }

    /** Staff settle a row that did not match; the same row again changes nothing. */
    @CommandHandler
    public void handle(ResolveSettlementRow command) {
        if (command.resolution() == null) {
            throw new RejectedException(INVALID_REQUEST, "How the row was settled is required");
        }
        if (command.lineNumber() != null) {
            String paymentId = lines.get(command.lineNumber());
            if (paymentId == null || (command.paymentId() != null && !paymentId.equals(command.paymentId()))) {
                throw new RejectedException(INVALID_REQUEST, "The report has no line " + command.lineNumber()
                        + " of that payment");
            }
        } else if (command.paymentId() == null || command.paymentId().isBlank() || command.paymentId().length() > 200) {
            throw new RejectedException(INVALID_REQUEST, "A row is a line number or a payment id");
        }
        String paymentId = command.lineNumber() != null ? lines.get(command.lineNumber()) : command.paymentId().strip();
        if (!resolved.contains(key(command.lineNumber(), paymentId))) {
            apply(new SettlementRowResolved(reportId, paymentId, command.lineNumber(), command.resolution()));
        }
    }

    private static String key(Integer lineNumber, String paymentId) {
        return lineNumber != null ? "line:" + lineNumber : "payment:" + paymentId;
    }

    @EventSourcingHandler
    void on(SettlementReportImported event) {
        this.reportId = event.reportId();
        event.lines().forEach(line -> lines.put(line.lineNumber(), line.paymentId()));
    }

    @EventSourcingHandler
    void on(SettlementRowResolved event) {
        resolved.add(key(event.lineNumber(), event.paymentId()));
    }
}
