package dk.kantinekort.command.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.citizen.CardPhotoChanged;
import dk.kantinekort.api.citizen.ChangeCardPhoto;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.meta.Metadata;
import java.util.List;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.identity.IdentityLinked;
import dk.kantinekort.api.identity.LinkIdentityToCitizen;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class CitizenTest {

    static final String ID = "citizen-1";
    static final CitizenRegistered REGISTERED = new CitizenRegistered(ID, null, null, null);
    static final SealedData SEALED = new SealedData(ID, "iv", "ciphertext");
    static final SealedData SUBJECT_1 = new SealedData(ID, "iv", "subject-1");
    static final ContactDetails DETAILS = new ContactDetails(" Christian Harms ", "ch@example.dk", "Rådhus Alle 7",
            "2860", "Søborg", null, "");

    AggregateTestFixture<Citizen> fixture;
    PersonalDataVault vault;

    @BeforeEach
    void setUp() {
        vault = dk.kantinekort.command.TestSeals.vault();
        Mockito.when(vault.sealJson(Mockito.eq(ID), Mockito.any())).thenReturn(SEALED);
        Mockito.when(vault.seal(Mockito.eq(ID), Mockito.anyString())).thenReturn(SEALED);
        fixture = new AggregateTestFixture<>(Citizen.class);
        Mockito.when(vault.open(SUBJECT_1)).thenReturn("subject-1");
        fixture.registerInjectableResource(vault);
    }

    @Test
    void aPersonGetsOneLoginIdentity() {
        fixture.given(REGISTERED)
                .when(new LinkIdentityToCitizen(ID, "subject-1"))
                .expectEvents(new IdentityLinked(ID, SEALED));
    }

    @Test
    void linkingTheSameIdentityAgainChangesNothing() {
        fixture.given(REGISTERED, new IdentityLinked(ID, SUBJECT_1))
                .when(new LinkIdentityToCitizen(ID, "subject-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondIdentityCannotTakeOverThePerson() {
        fixture.given(REGISTERED, new IdentityLinked(ID, SUBJECT_1))
                .when(new LinkIdentityToCitizen(ID, "subject-2"))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void contactDetailsAreSavedSealedAndWithoutSurroundingBlanks() {
        fixture.given(REGISTERED)
                .when(new ChangeContactDetails(ID, DETAILS))
                .expectEvents(new ContactDetailsChanged(ID, SEALED, null, null,
                        List.of("name", "email", "address", "postalCode", "city")));
        Mockito.verify(vault).sealJson(ID, new ContactDetails("Christian Harms", "ch@example.dk", "Rådhus Alle 7",
                "2860", "Søborg", null, null));
    }

    @Test
    void incompleteContactDetailsAreRefused() {
        ContactDetails noPostalCode = new ContactDetails("Christian Harms", "ch@example.dk", "Vej 1", "28", "Søborg",
                null, null);
        assertThat(noPostalCode.problems()).extracting(ContactDetails.Problem::field).containsExactly("postalCode");

        fixture.given(REGISTERED)
                .when(new ChangeContactDetails(ID, noPostalCode))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aCardPhotoMustBeAJpeg() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00};
        fixture.given(REGISTERED)
                .when(new ChangeCardPhoto(ID, jpeg))
                .expectEvents(new CardPhotoChanged(ID, SEALED));
        fixture.given(REGISTERED)
                .when(new ChangeCardPhoto(ID, "GIF89a".getBytes()))
                .expectException(RejectedException.class);
    }

    @Test
    void aChangeByALinkedPersonRecordsWhoAndTheOwnersPreviousEmailSealed() {
        SealedData registeredEmail = new SealedData(ID, "iv", "registered-email");
        SealedData previous = new SealedData(ID, "iv", "previous-email");
        Mockito.when(vault.handle(new RevealPersonalData(registeredEmail))).thenReturn("owner@example.dk");
        Mockito.when(vault.seal(ID, "owner@example.dk")).thenReturn(previous);
        fixture.given(new CitizenRegistered(ID, null, null, registeredEmail))
                .when(new ChangeContactDetails(ID, DETAILS),
                        Metadata.of(Metadata.citizen("citizen-2"), Metadata.Channel.PORTAL, "c1"))
                .expectEvents(new ContactDetailsChanged(ID, SEALED, "citizen-2", previous,
                        List.of("name", "email", "address", "postalCode", "city")));
    }

    @Test
    void thePreviousEmailIsTheOneOfTheLastDetailsAndOnlyChangedFieldsAreNamed() {
        SealedData before = new SealedData(ID, "iv", "details-before");
        SealedData previous = new SealedData(ID, "iv", "previous-email");
        Mockito.when(vault.handle(new RevealPersonalData(before))).thenReturn("{\"name\":\"Christian Harms\","
                + "\"email\":\"ch@example.dk\",\"address\":\"Rådhus Alle 7\",\"postalCode\":\"2860\","
                + "\"city\":\"Søborg\",\"phone\":null,\"mobile\":null}");
        Mockito.when(vault.seal(ID, "ch@example.dk")).thenReturn(previous);
        ContactDetails moved = new ContactDetails("Christian Harms", "ch@example.dk", "Angrebsvej 13", "2860",
                "Søborg", null, null);
        fixture.given(REGISTERED, new ContactDetailsChanged(ID, before, ID, null, List.of()))
                .when(new ChangeContactDetails(ID, moved),
                        Metadata.of(Metadata.citizen("citizen-2"), Metadata.Channel.PORTAL, "c1"))
                .expectEvents(new ContactDetailsChanged(ID, SEALED, "citizen-2", previous, List.of("address")));
    }

    @Test
    void aChangeByTheOwnerHimselfRecordsTheOwner() {
        fixture.given(REGISTERED)
                .when(new ChangeContactDetails(ID, DETAILS),
                        Metadata.of(Metadata.citizen(ID), Metadata.Channel.PORTAL, "c1"))
                .expectEvents(new ContactDetailsChanged(ID, SEALED, ID, null,
                        List.of("name", "email", "address", "postalCode", "city")));
    }
}
