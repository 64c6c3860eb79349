package dk.kantinekort.command.schoolyear;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.api.schoolyear.SchoolYearImportStarted;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies an import's rows one command at a time, in its own tracking processor: the import is answered at once,
 * each row commits on its own (so the read side shows the progress), and after a restart the processor runs the
 * import again, where every row already handled changes nothing. The rows are opened only here, and only until the
 * import has finished (its key is erased then). Logs line numbers, never a row's content.
 */
@Component
@ProcessingGroup(SchoolYearImportRunner.GROUP)
class SchoolYearImportRunner {

    static final String GROUP = "school-year-imports";
    private static final Logger log = LoggerFactory.getLogger(SchoolYearImportRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandGateway commands;
    private final PersonalDataVault vault;
    private final SchemeParts parts;

    SchoolYearImportRunner(CommandGateway commands, PersonalDataVault vault, SchemeParts parts) {
        this.commands = commands;
        this.vault = vault;
        this.parts = parts;
    }

    @EventHandler
    void on(SchoolYearImportStarted event, MetaData metaData) throws Exception {
        if (!parts.isOn(SchemePart.SCHOOL_YEAR)) {
            return;
        }
        String json = vault.open(event.rows());
        if (json == null) {
            return; // finished already: the key is erased
        }
        List<PupilRow> rows = JSON.readValue(json, new TypeReference<List<PupilRow>>() { });
        Map<Integer, RowRefusal> fileRefusals = PupilRows.fileRefusals(rows);
        MetaData forward = forwarded(metaData);
        List<PupilRow> failed = applyAll(event.importId(), rows, fileRefusals, forward);
        if (!failed.isEmpty()) {
            failed = applyAll(event.importId(), failed, fileRefusals, forward);
        }
        if (!failed.isEmpty()) {
            log.warn("Import {}: {} lines could not be applied", event.importId(), failed.size());
        }
        send(new FinishSchoolYearImport(event.importId()), forward);
        log.info("Import {} finished: {} rows", event.importId(), rows.size());
    }

    /** Applies the rows in order; answers those that failed (not refused: a refusal is an applied outcome). */
    private List<PupilRow> applyAll(String importId, List<PupilRow> rows, Map<Integer, RowRefusal> fileRefusals,
                                    MetaData forward) {
        List<PupilRow> failed = new java.util.ArrayList<>();
        for (PupilRow row : rows) {
            try {
                send(new ApplyPupilRow(importId, row, fileRefusals.get(row.line())), forward);
            } catch (RuntimeException e) {
                failed.add(row);
                log.warn("Import {} could not apply line {}: {}", importId, row.line(), e.getClass().getSimpleName());
            }
        }
        return failed;
    }

    private void send(Object command, MetaData metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    private static MetaData forwarded(MetaData metaData) {
        Object actor = metaData.get(Metadata.ACTOR);
        Object channel = metaData.get(Metadata.CHANNEL);
        return MetaData.with(Metadata.ACTOR, actor == null ? Metadata.system("school-year") : actor)
                .and(Metadata.CHANNEL, channel == null ? Metadata.Channel.SYSTEM.name() : channel)
                .and(Metadata.CORRELATION_ID, metaData.getOrDefault(Metadata.CORRELATION_ID, ""));
    }
}
