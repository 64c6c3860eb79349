package dk.kantinekort.api.schoolyear;

import org.axonframework.serialization.Revision;

/** Every row of the import was applied or refused; the import's key (and with it the sealed rows) is erased. */
@Revision("1")
public record SchoolYearImportFinished(String importId, int opened, int changed, int moved, int unchanged,
                                       int leaving, int refused, int reopened) {

    /** An import that reopened no returning pupil's account. */
    public SchoolYearImportFinished(String importId, int opened, int changed, int moved, int unchanged, int leaving,
                                    int refused) {
        this(importId, opened, changed, moved, unchanged, leaving, refused, 0);
    }
}
