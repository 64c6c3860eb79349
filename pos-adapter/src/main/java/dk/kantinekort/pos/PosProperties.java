package dk.kantinekort.pos;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the till API under {@code canteen.pos}.
 *
 * @param dispatchThreads threads that hand commands and queries to Axon, never a Netty event loop
 * @param dispatchQueue   requests that may wait for a dispatch thread before the API answers 503
 * @param maxBodySize     largest request body decoded (the admin bulk import is the largest)
 * @param tillCacheTtl    how long a successful till authentication is remembered
 * @param importConcurrency account openings of one bulk import sent at the same time
 */
@ConfigurationProperties("canteen.pos")
public record PosProperties(
        @DefaultValue("16") int dispatchThreads,
        @DefaultValue("10000") int dispatchQueue,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("10s") Duration tillCacheTtl,
        @DefaultValue("4") int importConcurrency) {
}
