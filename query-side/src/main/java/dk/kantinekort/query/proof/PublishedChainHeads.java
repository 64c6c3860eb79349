package dk.kantinekort.query.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.proof.ChainBreak;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The chain heads published outside the event store and its read models: each ledger check (the nightly one every
 * day) writes a report file of its own, {@code ledger-check-<UTC time>-<check>.json}, into
 * {@code canteen.audit.report-dir}, never overwriting one. It holds the check's findings, every account's chain head
 * (position and hash) and their root, one SHA-256 over all heads that auditors can note down or sign. Auditors keep
 * the files (or their roots); the check and Bekræft kontoudskrift compare the stored events with the newest one.
 */
@Component
class PublishedChainHeads {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PREFIX = "ledger-check-";
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path directory;

    PublishedChainHeads(@Value("${canteen.audit.report-dir:${canteen.data-dir:./data}/ledger-checks}") String directory) {
        this.directory = Path.of(directory);
    }

    /** A published head: the position and hash of an account's chain when the report was written. */
    record Head(long position, String hash) {
    }

    /** The newest report: when it was written and the heads it holds. */
    record Published(Instant at, String file, Map<String, Head> heads) {
    }

    Path directory() {
        return directory;
    }

    /** Writes the report of one check; answers the root of its heads. */
    String publish(LedgerCheckResult check, List<ChainBreak> breaks, Map<String, Head> heads) {
        Map<String, Head> sorted = new TreeMap<>(heads);
        String root = root(sorted);
        ObjectNode report = json.createObjectNode();
        report.put("checkId", check.checkId());
        report.put("trigger", check.trigger().name());
        report.put("startedAt", String.valueOf(check.startedAt()));
        report.put("finishedAt", String.valueOf(check.finishedAt()));
        report.put("eventsRead", check.eventsRead());
        report.put("accountsChecked", check.accountsChecked());
        report.put("balanced", check.totals().balanced());
        ArrayNode differences = report.putArray("differences");
        check.differences().forEach(d -> differences.add(d.accountId()));
        ArrayNode inconsistencies = report.putArray("inconsistencies");
        check.inconsistencies().forEach(i -> inconsistencies.add(i.accountId() + ":" + i.sequenceNumber()));
        ArrayNode broken = report.putArray("chainBreaks");
        breaks.forEach(b -> broken.addObject().put("accountId", b.accountId()).put("position", b.position())
                .put("against", b.against().name()));
        report.put("chainRoot", root);
        ObjectNode published = report.putObject("chainHeads");
        sorted.forEach((account, head) -> published.putObject(account).put("position", head.position())
                .put("hash", head.hash()));
        try {
            Files.createDirectories(directory);
            String id = check.checkId().replaceAll("[^A-Za-z0-9]", "");
            String name = PREFIX + FILE_TIME.format(check.finishedAt()) + "-"
                    + id.substring(0, Math.min(8, id.length())) + ".json";
            Path temporary = directory.resolve(name + ".tmp");
            Files.write(temporary, json.writeValueAsBytes(report));
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The ledger-check report could not be written to " + directory, e);
        }
        return root;
    }

    /** The newest report's heads; empty before the first check. */
    Optional<Published> latest() {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(directory)) {
            newest = files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".json"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return newest.map(this::read);
    }

    private Published read(Path file) {
        try {
            JsonNode report = json.readTree(Files.readAllBytes(file));
            Map<String, Head> heads = new HashMap<>();
            report.path("chainHeads").fields().forEachRemaining(field -> heads.put(field.getKey(),
                    new Head(field.getValue().path("position").asLong(), field.getValue().path("hash").asText())));
            return new Published(Instant.parse(report.path("finishedAt").asText()), file.getFileName().toString(),
                    heads);
        } catch (IOException e) {
            throw new UncheckedIOException("The ledger-check report " + file + " could not be read", e);
        }
    }

    /** SHA-256 over {@code account:position:hash} lines, sorted by account. */
    static String root(Map<String, Head> sortedHeads) {
        StringBuilder lines = new StringBuilder();
        sortedHeads.forEach((account, head) -> lines.append(account).append(':').append(head.position()).append(':')
                .append(head.hash()).append('\n'));
        return ChainLink.hex(ChainLink.sha256(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
