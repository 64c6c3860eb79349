package dk.kantinekort.api.schoolyear;

/**
 * One line of the school administration's file of pupils, as written (nothing checked yet): the ledger decides what
 * it means. {@code line} is its line number in the file (the header is line 1), the row's key within an import.
 * {@code leaving}: the school marked the pupil as leaving. Never printed: CPR and name are personal data.
 */
public record PupilRow(int line, String cpr, String name, String school, String className, String cardNumber,
                       boolean leaving) {

    @Override
    public String toString() {
        return "PupilRow[line=" + line + "]";
    }
}
