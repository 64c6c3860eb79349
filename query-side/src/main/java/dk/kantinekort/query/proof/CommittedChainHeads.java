package dk.kantinekort.query.proof;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each account's newest chain entry as the last committed batch left it, kept in memory so that the next batch
 * extends the chain without asking the read-model store for its head (decision record 30). Only committed heads
 * go in: a batch that rolled back is handled again and must find the head it did not write. A head that is older
 * than the store's (another node chained in between) only costs a recomputation from the stored events.
 */
@Component
class CommittedChainHeads {

    private final Cache<String, ChainEntry> heads;

    CommittedChainHeads(@Value("${canteen.query.chain-heads-in-memory:100000}") long maximumAccounts) {
        heads = Caffeine.newBuilder().maximumSize(maximumAccounts).build();
    }

    Optional<ChainEntry> head(String accountId) {
        return Optional.ofNullable(heads.getIfPresent(accountId));
    }

    void committed(Map<String, ChainEntry> batchHeads) {
        heads.putAll(batchHeads);
    }
}
