package dk.kantinekort.api.subscription;

import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An enrolment on the Abonnementer page: plan, status, card, the next charge and the last failure; {@code fee} is the
 * card fee charged with each period (by the rule in force at enrolment; zero when there is none).
 */
public record EnrolmentView(String enrolmentId, String accountId, String planId, String planName, Money price,
                            SubscriptionPeriod period, EnrolmentStatus status, String maskedPan,
                            LocalDate paidUntil, Instant nextChargeAt, int periodsPaid,
                            PaymentDeclineReason lastFailure, Money fee) {
}
