package dk.kantinekort.command.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.PupilRowApplied;
import dk.kantinekort.api.schoolyear.PupilRowRefused;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.api.schoolyear.SchoolYearImportFinished;
import dk.kantinekort.api.schoolyear.SchoolYearImportStarted;
import dk.kantinekort.api.schoolyear.StartSchoolYearImport;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.Citizen;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.schoolyear.ApplyPupilRow;
import dk.kantinekort.command.schoolyear.FinishSchoolYearImport;
import dk.kantinekort.command.schoolyear.PupilRows;
import dk.kantinekort.command.schoolyear.SchoolYearImport;
import dk.kantinekort.command.schoolyear.SchoolYearImportTestAccess;
import java.util.List;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Skoleår: an import applies each line at most once, records why a line was refused, and finishes once. */
class SchoolYearImportTest {

    static final String IMPORT = "skoleaar-2027";
    static final PupilRow IDA = new PupilRow(2, "0101151234", "Ida Elev", "Gladsaxe Skole", "3.a", "A1B2C3D4", false);
    static final PupilRow BO = new PupilRow(3, "0202151234", "Bo Elev", "Ukendt Skole", "3.a", "B1B2C3D4", false);
    static final SealedData ROWS = new SealedData("import-key", "iv", "rows");

    AggregateTestFixture<SchoolYearImport> fixture;
    PupilRows rows;
    Repository<CardAccount> accounts;
    Aggregate<CardAccount> reopened;

    @BeforeEach
    void setUp() {
        fixture = fixture(SchemeParts.allOn());
    }

    @SuppressWarnings("unchecked")
    AggregateTestFixture<SchoolYearImport> fixture(SchemeParts parts) {
        return fixture(parts, IMPORT);
    }

    @SuppressWarnings("unchecked")
    AggregateTestFixture<SchoolYearImport> fixture(SchemeParts parts, String knownImportId) {
        rows = Mockito.mock(PupilRows.class);
        PersonalDataVault vault = dk.kantinekort.command.TestSeals.vault();
        Mockito.when(vault.sealJson(anyString(), any())).thenReturn(ROWS);
        AggregateTestFixture<SchoolYearImport> fixture = new AggregateTestFixture<>(SchoolYearImport.class);
        accounts = Mockito.mock(Repository.class);
        reopened = Mockito.mock(Aggregate.class);
        Mockito.when(accounts.load("acc-ida")).thenReturn(reopened);
        fixture.registerAnnotatedCommandHandler(new PupilRowHandler(fixture.getRepository(),
                Mockito.mock(Repository.class), accounts, rows, Mockito.mock(AccountOpeningHandler.class), vault));
        fixture.registerAnnotatedCommandHandler(SchoolYearImportTestAccess.starter(fixture.getRepository(), vault,
                parts, knownImportId));
        return fixture;
    }

    static SchoolYearImportStarted started(List<PupilRow> file) {
        return new SchoolYearImportStarted(IMPORT, file.size(), ROWS, SchoolYearImportTestAccess.digest(file));
    }

    static PupilRowApplied idaChanged() {
        return new PupilRowApplied(IMPORT, 2, RowAction.CHANGE, "acc-ida", "citizen-ida", "place-skole", "3.a");
    }

    @Test
    void aFileIsStartedWithItsRowsSealed() {
        fixture(SchemeParts.allOn(), null).givenNoPriorActivity()
                .when(new StartSchoolYearImport(IMPORT, List.of(IDA, BO)))
                .expectEvents(started(List.of(IDA, BO)))
                .expectResultMessagePayload(IMPORT);
    }

    @Test
    void theSameImportIdWithTheSameFileAnswersTheImportAgain() {
        fixture.given(started(List.of(IDA, BO)))
                .when(new StartSchoolYearImport(IMPORT, List.of(IDA, BO)))
                .expectNoEvents()
                .expectResultMessagePayload(IMPORT);
    }

    @Test
    void theSameImportIdWithAnotherFileIsRefused() {
        rejectedWith(fixture.given(started(List.of(IDA, BO)))
                .when(new StartSchoolYearImport(IMPORT, List.of(IDA))), RejectionCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void noFileIsTakenWhileTheSchoolYearPartIsSwitchedOff() {
        rejectedWith(fixture(SchemeParts.allBut(SchemePart.SCHOOL_YEAR)).givenNoPriorActivity()
                .when(new StartSchoolYearImport(IMPORT, List.of(IDA))), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void aRowIsAppliedWithItsSchoolAndClass() {
        Mockito.when(rows.decide(IDA, null)).thenReturn(new PupilRows.Decision(RowAction.CHANGE, null, null, null,
                "citizen-ida", "acc-ida", "place-skole", "3.a", "Ida Elev", false));
        fixture.given(started(List.of(IDA, BO)))
                .when(new ApplyPupilRow(IMPORT, IDA, null))
                .expectEvents(idaChanged());
    }

    @Test
    void aReturningPupilsRowOpensTheClosedAccountAgainAndIsRecordedAsReopened() {
        Mockito.when(rows.decide(IDA, null)).thenReturn(new PupilRows.Decision(RowAction.REOPEN, null, null, null,
                "citizen-ida", "acc-ida", "place-skole", "3.a", "Ida Elev", false));
        fixture.given(started(List.of(IDA, BO)))
                .when(new ApplyPupilRow(IMPORT, IDA, null))
                .expectEvents(new PupilRowApplied(IMPORT, 2, RowAction.REOPEN, "acc-ida", "citizen-ida",
                        "place-skole", "3.a"));
        Mockito.verify(reopened).execute(Mockito.any());
    }

    @Test
    void aLineAppliedOnceIsNotAppliedAgain() {
        fixture.given(started(List.of(IDA, BO)), idaChanged())
                .when(new ApplyPupilRow(IMPORT, IDA, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        Mockito.verifyNoInteractions(rows);
    }

    @Test
    void aRefusedRowIsRecordedWithItsReason() {
        Mockito.when(rows.decide(BO, null)).thenReturn(new PupilRows.Decision(RowAction.REFUSED,
                RowRefusal.UNKNOWN_SCHOOL, null, null, null, null, null, null, null, false));
        fixture.given(started(List.of(IDA, BO)))
                .when(new ApplyPupilRow(IMPORT, BO, null))
                .expectEvents(new PupilRowRefused(IMPORT, 3, RowRefusal.UNKNOWN_SCHOOL));
    }

    @Test
    void finishingCountsWhatEachRowDid_once() {
        fixture.given(started(List.of(IDA, BO)), idaChanged(), new PupilRowRefused(IMPORT, 3, RowRefusal.UNKNOWN_SCHOOL))
                .when(new FinishSchoolYearImport(IMPORT))
                .expectEvents(new SchoolYearImportFinished(IMPORT, 0, 1, 0, 0, 0, 1));
        fixture.given(started(List.of(IDA, BO)), new SchoolYearImportFinished(IMPORT, 0, 1, 0, 0, 0, 1))
                .when(new FinishSchoolYearImport(IMPORT))
                .expectNoEvents();
    }

    static void rejectedWith(ResultValidator<SchoolYearImport> result, RejectionCode code) {
        result.expectException(RejectedException.class)
                .expectExceptionDetails(org.axonframework.test.matchers.Matchers.predicate(
                        details -> details instanceof Rejection r && r.code() == code));
    }
}
