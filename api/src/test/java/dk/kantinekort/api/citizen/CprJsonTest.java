package dk.kantinekort.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.identity.LinkIdentity;
import org.junit.jupiter.api.Test;

/**
 * Commands with a CPR number cross Axon Server as JSON in the distributed topology: the first login's
 * LinkIdentity (typed and asserted number) must arrive as it was sent.
 */
class CprJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFirstLoginCommandCrossesAsJsonWithTheTypedAndTheAssertedNumber() throws Exception {
        LinkIdentity sent = new LinkIdentity("subject-1", Cpr.parse("010203-4567"), Cpr.parse("0102034567"),
                "Ny Borger", "ny@example.dk");

        LinkIdentity received = json.readValue(json.writeValueAsString(sent), LinkIdentity.class);

        assertThat(received).isEqualTo(sent);
    }

    @Test
    void aMissingAssertedNumberStaysMissing() throws Exception {
        LinkIdentity sent = new LinkIdentity("subject-1", Cpr.parse("0102034567"), null, null, null);

        assertThat(json.readValue(json.writeValueAsString(sent), LinkIdentity.class).assertedCpr()).isNull();
    }
}
