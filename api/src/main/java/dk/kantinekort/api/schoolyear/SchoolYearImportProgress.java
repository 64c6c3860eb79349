package dk.kantinekort.api.schoolyear;

import java.time.Instant;
import java.util.List;

/** An import's progress from the read side: rows done of all, per action, the refused rows and why. */
public record SchoolYearImportProgress(String importId, int rowCount, int done, int opened, int changed, int moved,
                                       int unchanged, int leaving, int refused, boolean finished, Instant startedAt,
                                       List<RefusedRow> refusedRows, int reopened) {

    /** A refused row: its line in the file and why. */
    public record RefusedRow(int line, RowRefusal reason) {
    }

    /** Share of rows done, 0..1. */
    public double fraction() {
        return rowCount == 0 ? 1.0 : Math.min(1.0, (double) done / rowCount);
    }
}
