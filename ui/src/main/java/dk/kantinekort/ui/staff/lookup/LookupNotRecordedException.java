package dk.kantinekort.ui.staff.lookup;

/** A look-up of people that could not be recorded, and so must not be shown. */
public class LookupNotRecordedException extends RuntimeException {

    LookupNotRecordedException(Throwable cause) {
        super("The look-up could not be recorded", cause);
    }
}
