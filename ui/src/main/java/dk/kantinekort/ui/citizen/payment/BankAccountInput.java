package dk.kantinekort.ui.citizen.payment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Danish bank account as typed for a payout: "Reg.nr." exactly 4 digits, "Kontonr." 1-10 digits (spaces
 * and hyphens people copy from their bank are ignored). The problems are bundle keys by field.
 */
record BankAccountInput(String registrationNumber, String accountNumber) {

    static final String REGISTRATION = "registration";
    static final String ACCOUNT = "account";

    static BankAccountInput of(String registrationNumber, String accountNumber) {
        return new BankAccountInput(clean(registrationNumber), clean(accountNumber));
    }

    /** Nothing typed: the payout goes to the owner's NemKonto. */
    boolean isBlank() {
        return registrationNumber.isEmpty() && accountNumber.isEmpty();
    }

    /** Field name → bundle key of its problem; empty when both are fine. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (registrationNumber.isEmpty()) {
            problems.put(REGISTRATION, "payment.payout.reg.required");
        } else if (!registrationNumber.matches("\\d{4}")) {
            problems.put(REGISTRATION, "payment.payout.reg.format");
        }
        if (accountNumber.isEmpty()) {
            problems.put(ACCOUNT, "payment.payout.account.required");
        } else if (!accountNumber.matches("\\d{1,10}")) {
            problems.put(ACCOUNT, "payment.payout.account.format");
        }
        return problems;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\s-]", "");
    }
}
