package dk.kantinekort.api.schoolyear;

/** Why a pupil row was refused. */
public enum RowRefusal {
    /** CPR number, name, school, class or card number is empty. */
    MISSING_FIELDS,
    /** Not a CPR number (ten digits, the first six a date). */
    INVALID_CPR,
    /** Not a card number (6-20 digits or capital letters). */
    INVALID_CARD_NUMBER,
    /** The same CPR number is on an earlier line of the file. */
    DUPLICATE_CPR,
    /** The same card number is on an earlier line of the file. */
    DUPLICATE_CARD_NUMBER,
    /** The card number belongs to another person's account. */
    CARD_NUMBER_IN_USE,
    /** No school (place of unit kind SCHOOL) has this name or id. */
    UNKNOWN_SCHOOL,
    /** Marked as leaving, but the pupil has no card account. */
    UNKNOWN_PUPIL
}
