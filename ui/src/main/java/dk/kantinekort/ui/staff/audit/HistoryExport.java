package dk.kantinekort.ui.staff.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.StreamHistory;
import dk.kantinekort.ui.security.CurrentStaff;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Eksport (F17): the whole history or one account's as JSON Lines, one event per line in the shape of the audit
 * API's export ({@code /api/v1/audit/.../export}), written to the browser as the streaming query hands the events
 * out: what is held in memory is a small batch, never the history.
 */
class HistoryExport {

    static final String CONTENT_TYPE = "application/x-ndjson";
    /** Lines between flushes: the browser sees the download grow, and no flush per line. */
    static final int FLUSH_EVERY = 200;
    // no separator between root values: each line ends in its own newline
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final AuditQueries audit;
    private final CurrentStaff currentStaff;

    HistoryExport(AuditQueries audit, CurrentStaff currentStaff) {
        this.audit = audit;
        this.currentStaff = currentStaff;
    }

    /** A download of the query's events; refused (403) to anybody but an auditor, whatever link they have. */
    DownloadHandler download(StreamHistory query, String fileName) {
        return event -> {
            if (!currentStaff.hasRole(CurrentStaff.Role.AUDITOR)) {
                event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            event.setFileName(fileName);
            event.setContentType(CONTENT_TYPE);
            write(query, event.getOutputStream());
        };
    }

    /** Writes each event as one line as it arrives; returns how many. Stops reading when the browser goes away. */
    long write(StreamHistory query, OutputStream out) throws IOException {
        long lines = 0;
        try (Stream<AuditedEvent> events = audit.export(query);
             JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            Iterator<AuditedEvent> it = events.iterator();
            while (it.hasNext()) {
                line(json, it.next());
                if (++lines % FLUSH_EVERY == 0) {
                    json.flush();
                }
            }
            json.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines;
    }

    private static void line(JsonGenerator json, AuditedEvent event) throws IOException {
        json.writeStartObject();
        json.writeStringField("eventId", event.eventId());
        json.writeStringField("aggregateId", event.aggregateId());
        if (event.sequenceNumber() == null) {
            json.writeNullField("sequenceNumber");
        } else {
            json.writeNumberField("sequenceNumber", event.sequenceNumber());
        }
        json.writeStringField("timestamp", event.timestamp() == null ? null : event.timestamp().toString());
        json.writeStringField("type", event.type());
        json.writeFieldName("payload");
        if (event.payloadJson() == null) {
            json.writeNull();
        } else {
            json.writeRawValue(event.payloadJson());
        }
        json.writeStringField("actor", event.actor());
        json.writeStringField("channel", event.channel());
        json.writeStringField("correlationId", event.correlationId());
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
