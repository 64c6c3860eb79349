package dk.kantinekort.api.audit;

import dk.kantinekort.api.money.Money;
import java.time.Instant;

/**
 * One event as the event store holds it, for auditors: its aggregate and sequence number (null for an event that
 * belongs to no aggregate), when it happened, its type (the simple class name), its payload as JSON (amounts in
 * øre; sealed personal data stays sealed) and the metadata every event carries (who, through which channel, and
 * the request that caused it). An event that moved money also states its {@code amount}, signed as it moved the
 * balance (purchases, webshop charges, fees and payouts negative), and the {@code balanceAfter} it left; other
 * events have neither.
 */
public record AuditedEvent(String eventId, String aggregateId, Long sequenceNumber, Instant timestamp, String type,
                           String payloadJson, String actor, String channel, String correlationId, Money amount,
                           Money balanceAfter) {
}
