package dk.kantinekort.query.settlement;

import dk.kantinekort.api.settlement.FindSettlementReconciliation;
import dk.kantinekort.api.settlement.ListSettlementReports;
import dk.kantinekort.api.settlement.SettlementReconciliation;
import dk.kantinekort.api.settlement.SettlementReportImported;
import dk.kantinekort.api.settlement.SettlementReportSummary;
import dk.kantinekort.api.settlement.SettlementResolution;
import dk.kantinekort.api.settlement.SettlementRowResolved;
import dk.kantinekort.query.audit.EventHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Afregning's questions, answered from the event store's history (as Økonomi and the ledger check are): the imported
 * reports, and one report matched against the provider payments the ledger recorded.
 */
@Component
class SettlementQueries {

    private record Imported(SettlementReportImported report, Instant at) {
    }

    private record History(Map<String, Imported> reports, List<ProviderPayment> payments,
                           Map<String, Map<String, SettlementResolution>> resolutions) {

        SettlementReconciliation match(Imported imported) {
            return SettlementMatcher.match(imported.report(), imported.at(), payments,
                    resolutions.getOrDefault(imported.report().reportId(), Map.of()));
        }
    }

    private final EventHistory history;

    SettlementQueries(EventHistory history) {
        this.history = history;
    }

    @QueryHandler
    List<SettlementReportSummary> handle(ListSettlementReports query) {
        History read = read();
        List<SettlementReportSummary> summaries = new ArrayList<>();
        for (Imported imported : read.reports().values()) {
            SettlementReconciliation matched = read.match(imported);
            summaries.add(new SettlementReportSummary(imported.report().reportId(), imported.report().fileName(),
                    imported.at(), imported.report().from(), imported.report().to(), imported.report().lines().size(),
                    matched.unmatched()));
        }
        summaries.sort(Comparator.comparing(SettlementReportSummary::importedAt).reversed());
        return summaries;
    }

    @QueryHandler
    SettlementReconciliation handle(FindSettlementReconciliation query) {
        History read = read();
        Imported imported = read.reports().get(query.reportId());
        return imported == null ? null : read.match(imported);
    }

    private History read() {
        Map<String, Imported> reports = new LinkedHashMap<>();
        List<ProviderPayment> payments = new ArrayList<>();
        Map<String, Map<String, SettlementResolution>> resolutions = new java.util.HashMap<>();
        try (Stream<TrackedEventMessage<?>> events = history.upToHead()) {
            Iterator<TrackedEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                TrackedEventMessage<?> event = it.next();
                Object payload = event.getPayload();
                if (payload instanceof SettlementReportImported imported) {
                    reports.put(imported.reportId(), new Imported(imported, event.getTimestamp()));
                } else if (payload instanceof SettlementRowResolved resolved) {
                    resolutions.computeIfAbsent(resolved.reportId(), id -> new java.util.HashMap<>())
                            .put(SettlementMatcher.key(resolved.lineNumber(), resolved.paymentId()),
                                    resolved.resolution());
                } else {
                    ProviderPayment.of(payload, event.getTimestamp()).ifPresent(payments::add);
                }
            }
        }
        return new History(reports, payments, resolutions);
    }
}
