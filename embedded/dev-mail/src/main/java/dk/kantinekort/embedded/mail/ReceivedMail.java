package dk.kantinekort.embedded.mail;

import java.time.Instant;

/** One mail the embedded SMTP server received. */
public record ReceivedMail(String to, String subject, String text, Instant sentAt) {
}
