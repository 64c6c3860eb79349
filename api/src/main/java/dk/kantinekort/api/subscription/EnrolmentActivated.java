package dk.kantinekort.api.subscription;

import dk.kantinekort.api.citizen.SealedData;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Tilmeldt: the first period starts on {@code firstPeriodStart} and is charged at once. The saved card's token, masked number and expiry are sealed with the account holder's key (the brand is not personal). */
@Revision("1")
public record EnrolmentActivated(String enrolmentId, String accountId, String planId, LocalDate firstPeriodStart,
                                 SealedData savedCardToken, String cardBrand, SealedData maskedPan, SealedData cardExpiry) {
}
