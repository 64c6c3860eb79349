package dk.kantinekort.api.proof;

/**
 * Does a statement match the ledger? Given its verification code and, when read from the statement itself (an
 * uploaded PDF), the chain hash it states ({@code null} when only the code is known).
 */
public record VerifyStatement(String code, String statedHash) {
}
