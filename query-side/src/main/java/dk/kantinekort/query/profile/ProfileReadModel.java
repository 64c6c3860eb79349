package dk.kantinekort.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * People's contact details and card photos, kept sealed as the events carry them: only a query opens them,
 * with the person's key, so erasing the key empties this read model too.
 */
@Component
class ProfileReadModel {

    static final String COLLECTION = "citizen_profiles";
    static final String ID = "_id";
    static final String REGISTERED_EMAIL = "registeredEmail";
    static final String DETAILS = "details";
    static final String PHOTO = "photo";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> profiles;

    ProfileReadModel(MongoDatabase readModelDatabase) {
        profiles = readModelDatabase.getCollection(COLLECTION);
    }

    void set(String citizenId, String field, SealedData sealed) {
        ReadModelBatch.current().write(profiles, new UpdateOneModel<>(Filters.eq(ID, citizenId),
                Updates.set(field, sealed == null ? null : new Document("keyId", sealed.keyId())
                        .append("iv", sealed.iv()).append("ciphertext", sealed.ciphertext())), UPSERT));
    }

    /** Forgets every profile, before a rebuild. */
    void clear() {
        profiles.deleteMany(new Document());
    }

    Optional<Document> find(String citizenId) {
        return Optional.ofNullable(profiles.find(Filters.eq(ID, citizenId)).first());
    }

    static SealedData sealed(Document profile, String field) {
        Document sealed = profile.get(field, Document.class);
        return sealed == null ? null
                : new SealedData(sealed.getString("keyId"), sealed.getString("iv"), sealed.getString("ciphertext"));
    }
}
