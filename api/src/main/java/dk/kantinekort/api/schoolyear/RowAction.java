package dk.kantinekort.api.schoolyear;

/** What an import does with one pupil row. */
public enum RowAction {
    /** A new person or a person without a card account: an account is opened with the row's card. */
    OPEN,
    /** The pupil's name or class changed. */
    CHANGE,
    /** The pupil moved to another school. */
    MOVE,
    /** Nothing changed. */
    UNCHANGED,
    /** The school marked the pupil as leaving: the account is listed among the leavers. */
    LEAVING,
    /** A pupil whose account was closed as a leaver is back: the account is opened again with the row's card. */
    REOPEN,
    /** The row cannot be used; {@link RowRefusal} says why. */
    REFUSED
}
