package dk.kantinekort.api.subscription;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Tilmeldt: the first period starts on {@code firstPeriodStart} and is charged at once. */
@Revision("1")
public record EnrolmentActivated(String enrolmentId, String accountId, String planId, LocalDate firstPeriodStart,
                                 String savedCardToken, String cardBrand, String maskedPan, String cardExpiry) {
}
