package dk.kantinekort.command.schoolyear;

import static dk.kantinekort.api.error.RejectionCode.IDEMPOTENCY_KEY_REUSED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.schoolyear.PupilCsv;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.StartSchoolYearImport;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Hands a pupil file to the ledger: the rows are sealed with a data key of the import's own (CPR numbers and names
 * never lie in clear in an event) and recorded; {@link SchoolYearImportRunner} then applies them row by row. The
 * same import id again with the same rows answers the import as it is; with other rows it is refused.
 */
@Component
class SchoolYearImportStarter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Repository<SchoolYearImport> imports;
    private final PersonalDataVault vault;
    private final SchemeParts parts;
    private final ImportRowsKey started;

    SchoolYearImportStarter(Repository<SchoolYearImport> imports, PersonalDataVault vault, SchemeParts parts,
                            ImportRowsKey started) {
        this.imports = imports;
        this.started = started;
        this.vault = vault;
        this.parts = parts;
    }

    @CommandHandler
    String handle(StartSchoolYearImport command) throws Exception {
        if (!parts.isOn(SchemePart.SCHOOL_YEAR)) {
            throw new RejectedException(INVALID_REQUEST, "The school year part is switched off");
        }
        requireWellFormed(command);
        String digest = digest(command.rows());
        if (started.known(command.importId())) {
            String earlier = imports.load(command.importId()).invoke(SchoolYearImport::fileDigest);
            if (!digest.equals(earlier)) {
                throw new RejectedException(IDEMPOTENCY_KEY_REUSED,
                        "Import " + command.importId() + " was started with another file");
            }
            return command.importId();
        } else {
            String keyId = UUID.randomUUID().toString();
            vault.createKeyFor(keyId);
            imports.newInstance(() -> new SchoolYearImport(command.importId(), command.rows().size(),
                    vault.sealJson(keyId, command.rows()), digest));
            return command.importId();
        }
    }

    private static void requireWellFormed(StartSchoolYearImport command) {
        if (command.importId() == null || !command.importId().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new RejectedException(INVALID_REQUEST, "An import id is 1-64 letters, digits, '.', '_' or '-'");
        }
        List<PupilRow> rows = command.rows();
        if (rows == null || rows.isEmpty() || rows.size() > PupilCsv.MAX_ROWS) {
            throw new RejectedException(INVALID_REQUEST, "An import holds 1 to " + PupilCsv.MAX_ROWS + " rows");
        }
        Set<Integer> lines = new HashSet<>();
        for (PupilRow row : rows) {
            if (row == null || !lines.add(row.line())) {
                throw new RejectedException(INVALID_REQUEST, "Every row needs a line number of its own");
            }
        }
    }

    static String digest(List<PupilRow> rows) {
        try {
            byte[] json = JSON.writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest the rows", e);
        }
    }
}
