package dk.kantinekort.ui.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.audit.FindLatestLedgerCheck;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.LedgerTotals;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.proof.ChainBreak;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revision shows the accounts whose stored events no longer give their hash chain (statement proofs). */
class ChainBreaksInTheRevisionTest extends BackofficeUiTest {

    private static final LedgerTotals BALANCED = new LedgerTotals(Money.ofOre(6500), Money.ZERO, Money.ofOre(300),
            Money.ZERO, Money.ZERO, Money.ofOre(6500), Money.ofOre(300), Money.ofOre(6200), Money.ofOre(6200), true);

    @Test
    void aCheckThatFoundAChangedEventListsItsAccountTheFirstChangedEntryAndWhatItWasComparedWith() {
        staff.logIn("revisor", Role.AUDITOR);
        queries.answer(FindReadModelStatus.class, q -> new ReadModelStatus(ReadModelStatus.State.READY, null, null,
                null, null, List.of()));
        queries.answer(FindLatestLedgerCheck.class, q -> new LedgerCheckResult("check-1",
                LedgerCheckResult.Trigger.NIGHTLY, "system:ledger-check", Instant.parse("2026-04-01T00:30:00Z"),
                Instant.parse("2026-04-01T00:30:03Z"), 42, 3, BALANCED, List.of(), List.of(), false,
                List.of(new ChainBreak("account-bo", 3, ChainBreak.Against.PUBLISHED))));

        open("backoffice/revision");

        assertThat(rowText("ledger-chain-break-account-bo")).contains("account-bo", "3",
                "kædehovedet i den seneste revisionsrapport");
    }
}
