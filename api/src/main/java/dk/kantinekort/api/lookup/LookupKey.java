package dk.kantinekort.api.lookup;

/**
 * What the staff member searched by. The typed value itself is never recorded (a CPR number, a name or a card number
 * would stand in clear in the event store); only its kind.
 */
public enum LookupKey { CPR, BIRTH_DATE, NAME, CARD_NUMBER, ACCOUNT_ID, WHOLE_HISTORY }
