package dk.kantinekort.query.account;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import dk.kantinekort.query.projection.ReadModelBatch;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dk.kantinekort.query.account.AccountCollections.ACCOUNT_IDS;
import static dk.kantinekort.query.account.AccountCollections.CPR_MASKED;
import static dk.kantinekort.query.account.AccountCollections.HOLDER_NAME;
import static dk.kantinekort.query.account.AccountCollections.ID;
import static dk.kantinekort.query.account.AccountCollections.NAME;

/**
 * Citizens as the account summaries need them: name, masked CPR and the accounts they own. Keeps what this
 * batch learnt in the batch, because its writes reach MongoDB only when the batch ends.
 */
@Component
public class CitizenReadModel {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final AccountCollections collections;

    CitizenReadModel(AccountCollections collections) {
        this.collections = collections;
    }

    /** A citizen became known: record the name, and put it on accounts that were opened before. */
    void registered(String citizenId, String name, String cprMasked) {
        Citizen known = find(citizenId);
        Citizen citizen = new Citizen(citizenId, name, cprMasked, known.accountIds());
        inBatch().put(citizenId, citizen);
        ReadModelBatch batch = ReadModelBatch.current();
        batch.write(collections.citizens, new UpdateOneModel<>(Filters.eq(ID, citizenId),
                Updates.combine(Updates.set(NAME, name), Updates.set(CPR_MASKED, cprMasked)), UPSERT));
        for (String accountId : citizen.accountIds()) {
            batch.write(collections.summaries, new UpdateOneModel<>(Filters.eq(ID, accountId),
                    Updates.combine(Updates.set(HOLDER_NAME, name), Updates.set(CPR_MASKED, cprMasked))));
        }
    }

    /**
     * The citizen was forgotten: no name and no CPR number here or on their accounts, and the accounts' own names
     * (which the holder may have chosen) go too.
     */
    void forgotten(String citizenId, List<String> accountIds) {
        registered(citizenId, null, null);
        for (String accountId : accountIds) {
            ReadModelBatch.current().write(collections.summaries, new UpdateOneModel<>(Filters.eq(ID, accountId),
                    Updates.unset(AccountCollections.DISPLAY_NAME)));
        }
    }

    /** An account was opened for the citizen; answers who the citizen is, as far as known. */
    Citizen accountOpened(String citizenId, String accountId) {
        Citizen citizen = find(citizenId).withAccount(accountId);
        inBatch().put(citizenId, citizen);
        ReadModelBatch.current().write(collections.citizens, new UpdateOneModel<>(Filters.eq(ID, citizenId),
                Updates.addToSet(ACCOUNT_IDS, accountId), UPSERT));
        return citizen;
    }

    /** A citizen's name as last saved (Brugeroplysninger), also on the summaries of their accounts. */
    void renamed(String citizenId, String name) {
        registered(citizenId, name, find(citizenId).cprMasked());
    }

    /** Forgets every citizen, before a rebuild. */
    void clear() {
        collections.citizens.deleteMany(new Document());
    }

    /** The name of a citizen, for queries; empty when unknown or erased. */
    public Optional<String> nameOf(String citizenId) {
        Document document = collections.citizens.find(Filters.eq(ID, citizenId)).first();
        return Optional.ofNullable(document == null ? null : document.getString(NAME));
    }

    /** The masked CPR number of a citizen, for queries. */
    public Optional<String> cprMaskedOf(String citizenId) {
        Document document = collections.citizens.find(Filters.eq(ID, citizenId)).first();
        return Optional.ofNullable(document == null ? null : document.getString(CPR_MASKED));
    }

    /** The accounts of a citizen, for queries. */
    List<String> accountIdsOf(String citizenId) {
        Document document = collections.citizens.find(Filters.eq(ID, citizenId)).first();
        return document == null ? List.of() : document.getList(ACCOUNT_IDS, String.class, List.of());
    }

    private Citizen find(String citizenId) {
        Citizen pending = inBatch().get(citizenId);
        if (pending != null) {
            return pending;
        }
        Document document = collections.citizens.find(Filters.eq(ID, citizenId)).first();
        if (document == null) {
            return new Citizen(citizenId, null, null, Set.of());
        }
        return new Citizen(citizenId, document.getString(NAME), document.getString(CPR_MASKED),
                new LinkedHashSet<>(document.getList(ACCOUNT_IDS, String.class, List.of())));
    }

    private Map<String, Citizen> inBatch() {
        return ReadModelBatch.current().state(CitizenReadModel.class, HashMap::new);
    }

    /** What the read side knows of a citizen; name and masked CPR are null until registered or after erasure. */
    record Citizen(String citizenId, String name, String cprMasked, Set<String> accountIds) {

        Citizen withAccount(String accountId) {
            Set<String> ids = new LinkedHashSet<>(accountIds);
            ids.add(accountId);
            return new Citizen(citizenId, name, cprMasked, ids);
        }
    }
}
