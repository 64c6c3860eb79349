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

    /** The starter, with an import of {@code knownImportId} started before. */
    public static Object starter(Repository<SchoolYearImport> imports, PersonalDataVault vault, SchemeParts parts,
                                 String knownImportId) {
        ImportRowsKey started = org.mockito.Mockito.mock(ImportRowsKey.class);
        org.mockito.Mockito.when(started.known(knownImportId)).thenReturn(true);
        return new SchoolYearImportStarter(imports, vault, parts, started);
    }

    public static String digest(List<PupilRow> rows) {
        return SchoolYearImportStarter.digest(rows);
    }
}
