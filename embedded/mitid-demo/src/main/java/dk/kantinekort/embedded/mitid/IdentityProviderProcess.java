package dk.kantinekort.embedded.mitid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo MitID as a child process of the launcher: started with this JVM's java binary and class path
 * (also from the fat jar), ready once its discovery document answers, its output in a log file, and stopped
 * with the launcher, on close or by a JVM shutdown hook.
 */
public final class IdentityProviderProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderProcess.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int LOG_TAIL = 25;

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Duration startTimeout;
    private final Thread shutdownHook;
    private volatile boolean ready;

    private IdentityProviderProcess(Process process, int port, Path logFile, Duration startTimeout) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.startTimeout = startTimeout;
        this.shutdownHook = new Thread(this::stop, "idp-shutdown");
    }

    /**
     * Starts the provider and waits until it answers; throws IllegalStateException with the reason (port in
     * use, process ended, no answer in time) otherwise, and leaves no process behind.
     */
    public static IdentityProviderProcess start(IdpLaunch launch) {
        IdentityProviderProcess idp = spawn(launch);
        idp.awaitReady();
        return idp;
    }

    /**
     * Starts the provider without waiting for it, so the launcher can start its own contexts meanwhile; call
     * {@link #awaitReady()} before anything needs it. Throws when the port is in use.
     */
    public static IdentityProviderProcess spawn(IdpLaunch launch) {
        ensurePortFree(launch.port());
        Path logFile = launch.logFile();
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command(launch))
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()));
            // the secret by environment, not on the command line that every local user can list
            builder.environment().put("CANTEEN_IDP_CLIENTSECRET", launch.clientSecret());
            IdentityProviderProcess idp = new IdentityProviderProcess(builder.start(), launch.port(), logFile,
                    launch.startTimeout());
            Runtime.getRuntime().addShutdownHook(idp.shutdownHook);
            return idp;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the demo MitID process", e);
        }
    }

    /**
     * Waits until the discovery document answers; on failure (process ended, no answer in time) stops the
     * process and throws IllegalStateException naming the log file.
     */
    public void awaitReady() {
        try {
            awaitDiscovery();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        ready = true;
        log.info("Demo MitID ready at {} (pid {}, log {})", issuer(), process.pid(), logFile);
    }

    /** True once {@link #awaitReady()} saw the discovery document answer (the portal's health waits for it). */
    public boolean isReady() {
        return ready && process.isAlive();
    }

    /** The issuer URL: localhost, while the portal is reached on 127.0.0.1, so their cookies never mix. */
    public String issuer() {
        return issuer(port);
    }

    static String issuer(int port) {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the process (SIGTERM, then kill after a grace period) and forgets the shutdown hook. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it stops the process itself
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitDiscovery() {
        Duration timeout = startTimeout;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The demo MitID process ended with exit code " + process.exitValue()
                        + " before it answered; see " + logFile + lastLines());
            }
            if (answers(http, discovery)) {
                return;
            }
            sleep(POLL);
        }
        throw new IllegalStateException("The demo MitID did not answer at " + discovery + " within "
                + timeout.toSeconds() + " s (canteen.idp.start-timeout); see " + logFile + lastLines());
    }

    /** The end of the provider's log, so a failed start explains itself where it is reported. */
    private String lastLines() {
        try (Stream<String> lines = Files.lines(logFile)) {
            List<String> all = lines.toList();
            return "\n" + String.join("\n", all.subList(Math.max(0, all.size() - LOG_TAIL), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static boolean answers(HttpClient http, URI discovery) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the demo MitID", e);
        }
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " of the demo MitID (canteen.idp.port) is in use: stop "
                    + "what listens there, or start with --canteen.idp.port=<another port>", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check port " + port + " of the demo MitID", e);
        }
    }

    private static List<String> command(IdpLaunch launch) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a small, short-lived helper: little heap, quick start rather than peak speed
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        command.addAll(JavaClassPath.ofThisJvm().launch(DemoIdentityProvider.class.getName()));
        command.add("--server.port=" + launch.port());
        command.add("--canteen.idp.issuer=" + issuer(launch.port()));
        command.add("--canteen.idp.client-id=" + launch.clientId());
        command.add("--canteen.idp.portal-url=" + launch.portalUrl());
        command.add("--" + DemoIdentityProvider.PARENT_PID + "=" + ProcessHandle.current().pid());
        return command;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the demo MitID", e);
        }
    }
}
