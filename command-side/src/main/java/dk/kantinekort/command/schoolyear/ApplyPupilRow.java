package dk.kantinekort.command.schoolyear;

import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.RowRefusal;

/**
 * Internal: apply one row of an import (sent by {@link SchoolYearImportRunner}). {@code fileRefusal} is what the
 * file as a whole says of the row (a CPR or card number on an earlier line), null when nothing.
 */
public record ApplyPupilRow(String importId, PupilRow row, RowRefusal fileRefusal) {

    @Override
    public String toString() {
        return "ApplyPupilRow[" + importId + ", line=" + (row == null ? null : row.line()) + "]";
    }
}
