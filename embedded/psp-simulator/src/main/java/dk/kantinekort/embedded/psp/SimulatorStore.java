package dk.kantinekort.embedded.psp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Loads the simulator's state at start and writes it after every change (write to a temporary file, then move). */
final class SimulatorStore {

    private final Path file;
    private final ObjectMapper mapper;

    SimulatorStore(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    SimulatorState load() {
        if (!Files.exists(file)) {
            return new SimulatorState();
        }
        try {
            return mapper.readValue(file.toFile(), SimulatorState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the payment simulator's state " + file, e);
        }
    }

    void save(SimulatorState state) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            mapper.writeValue(temporary.toFile(), state);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the payment simulator's state " + file, e);
        }
    }
}
