package dk.kantinekort.query.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The links of an account's hash chain and the short code printed on a statement. */
class ChainLinkTest {

    private static StoredEvent event(long sequence, String payload) {
        TreeMap<String, String> metadata = new TreeMap<>();
        metadata.put("actor", "till:1");
        metadata.put("channel", "POS");
        return new StoredEvent("account-1", sequence, "event-" + sequence, 1_700_000_000_000L + sequence,
                "dk.kantinekort.api.account.PurchaseMade", null, payload.getBytes(StandardCharsets.UTF_8), metadata);
    }

    @Test
    void theSameStoredEventAfterTheSameLinkGivesTheSameHash() {
        byte[] first = ChainLink.next(ChainLink.GENESIS, event(0, "{\"total\":1500}"));

        assertThat(ChainLink.next(ChainLink.GENESIS, event(0, "{\"total\":1500}"))).isEqualTo(first);
        assertThat(first).hasSize(32);
    }

    @Test
    void oneChangedByteOfTheStoredPayloadChangesTheLinkAndEveryLinkAfterIt() {
        byte[] original = ChainLink.next(ChainLink.GENESIS, event(0, "{\"total\":1500}"));
        byte[] changed = ChainLink.next(ChainLink.GENESIS, event(0, "{\"total\":1501}"));
        assertThat(changed).isNotEqualTo(original);

        assertThat(ChainLink.next(changed, event(1, "{\"total\":200}")))
                .isNotEqualTo(ChainLink.next(original, event(1, "{\"total\":200}")));
    }

    @Test
    void eachEntryCommitsToTheOneBefore() {
        byte[] other = ChainLink.next(ChainLink.GENESIS, event(0, "{\"total\":9}"));

        assertThat(ChainLink.next(other, event(1, "{}"))).isNotEqualTo(ChainLink.next(ChainLink.GENESIS, event(1, "{}")));
    }

    @Test
    void changedMetadataOrAnotherPositionChangesTheLink() {
        StoredEvent original = event(3, "{}");
        TreeMap<String, String> metadata = new TreeMap<>(original.metadata());
        metadata.put("actor", "staff:someone-else");
        StoredEvent otherActor = new StoredEvent(original.aggregateId(), 3, original.eventId(),
                original.epochMillis(), original.payloadType(), null, original.payload(), metadata);
        StoredEvent otherPosition = new StoredEvent(original.aggregateId(), 4, original.eventId(),
                original.epochMillis(), original.payloadType(), null, original.payload(), original.metadata());

        byte[] hash = ChainLink.next(ChainLink.GENESIS, original);
        assertThat(ChainLink.next(ChainLink.GENESIS, otherActor)).isNotEqualTo(hash);
        assertThat(ChainLink.next(ChainLink.GENESIS, otherPosition)).isNotEqualTo(hash);
    }

    @Test
    void sealedPersonalDataIsHashedSealedSoForgettingThePersonLeavesTheChainWhole() {
        // erasure deletes the citizen's key, not the event: the sealed bytes the hash covers stay as they were
        String sealed = "{\"name\":{\"keyId\":\"k1\",\"cipherText\":\"q83vEjRWeJA=\"}}";
        byte[] before = ChainLink.next(ChainLink.GENESIS, event(0, sealed));

        assertThat(ChainLink.next(ChainLink.GENESIS, event(0, sealed))).isEqualTo(before);
    }

    @Test
    void theCodeIsTwelveCharactersInThreeGroupsAndReadsBackWhateverTheCaseAndDashes() {
        byte[] hash = ChainLink.next(ChainLink.GENESIS, event(0, "{}"));
        String code = ChainCode.of(hash);

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ChainCode.normalise(" " + code.toLowerCase().replace("-", " ") + " ")).contains(code);
        assertThat(ChainCode.normalise(code.replace("-", ""))).contains(code);
    }

    @Test
    void lettersMistakenForDigitsAreReadAsTheDigitsAndAnythingElseIsNoCode() {
        assertThat(ChainCode.normalise("OOOO-IIII-LLLL")).contains("0000-1111-1111");
        assertThat(ChainCode.normalise("ABCD-EFGH")).isEmpty();
        assertThat(ChainCode.normalise("ABCD-EFGH-JKMU")).as("U is not in the alphabet").isEmpty();
        assertThat(ChainCode.normalise(null)).isEmpty();
    }
}
