package dk.kantinekort.command.schoolyear;

import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.List;
import org.axonframework.modelling.command.Repository;

/** The package's starter for fixtures in other packages. */
public final class SchoolYearImportTestAccess {

    private SchoolYearImportTestAccess() {
    }

    public static Object starter(Repository<SchoolYearImport> imports, PersonalDataVault vault, SchemeParts parts) {
        return new SchoolYearImportStarter(imports, vault, parts);
    }

    public static String digest(List<PupilRow> rows) {
        return SchoolYearImportStarter.digest(rows);
    }
}
