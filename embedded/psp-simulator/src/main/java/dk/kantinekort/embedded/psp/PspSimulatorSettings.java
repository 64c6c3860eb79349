package dk.kantinekort.embedded.psp;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How the payment-provider simulator runs: its port (0 = any free port), the merchant's secret key it expects in
 * the Authorization header, the merchant shown on the hosted page, the file that keeps its state, and its clock.
 */
public record PspSimulatorSettings(int port,
                                   String secretKey,
                                   String merchantName,
                                   String merchantAddress,
                                   Path stateFile,
                                   Clock clock) {

    public static final String DEFAULT_MERCHANT_NAME = "GladsaxeKortet";
    public static final String DEFAULT_MERCHANT_ADDRESS = "Gladsaxe Kommune, Rådhus Alle 7, 2860 Søborg";

    public PspSimulatorSettings {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(clock, "clock");
        merchantName = merchantName == null ? DEFAULT_MERCHANT_NAME : merchantName;
        merchantAddress = merchantAddress == null ? DEFAULT_MERCHANT_ADDRESS : merchantAddress;
    }

    /** The demo merchant with the given port, secret and data directory, on the system clock. */
    public static PspSimulatorSettings of(int port, String secretKey, Path dataDir) {
        return new PspSimulatorSettings(port, secretKey, null, null, dataDir.resolve("psp-simulator.json"),
                Clock.systemUTC());
    }

    /** The same settings on another clock (tests move time). */
    public PspSimulatorSettings withClock(Clock other) {
        return new PspSimulatorSettings(port, secretKey, merchantName, merchantAddress, stateFile, other);
    }
}
