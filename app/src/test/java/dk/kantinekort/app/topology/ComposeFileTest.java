package dk.kantinekort.app.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What matters in the production topology (docker/compose.yaml), which cannot run here (no Docker engine):
 * .ci/run validates its syntax with docker-compose; this test checks its content.
 */
class ComposeFileTest {

    static final List<String> SERVICES = List.of("command-side", "query-side", "ui", "pos-adapter");
    static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|TOKEN|PASSWORD|_KEY).*");
    static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]+}");

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    static Path dockerDirectory;
    static Map<String, Object> compose;

    @BeforeAll
    static void readComposeFile() throws IOException {
        dockerDirectory = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dockerDirectory.resolve("docker/compose.yaml"))) {
            dockerDirectory = dockerDirectory.getParent();
        }
        dockerDirectory = dockerDirectory.resolve("docker");
        compose = new Yaml().load(Files.readString(dockerDirectory.resolve("compose.yaml")));
    }

    @Test
    void eachServiceOfTheLedgerIsThereBesideAxonServerAndMongo() {
        assertThat(services()).containsKeys("axonserver", "mongo", "mongo-init", "postgres")
                .containsKeys(SERVICES.toArray(String[]::new));
    }

    @Test
    void everyLongRunningServiceHasAHealthCheck() {
        for (String name : SERVICES) {
            assertThat(healthCheck(name)).as(name).anySatisfy(part -> assertThat(part).contains("/actuator/health"));
        }
        assertThat(healthCheck("mongo")).as("mongo").isNotEmpty();
        assertThat(healthCheck("postgres")).as("postgres").startsWith("CMD-SHELL")
                .anySatisfy(part -> assertThat(part).startsWith("pg_isready").contains("-d kantinekort"));
        // the image (eclipse-temurin based) has bash but no promised curl: HTTP over /dev/tcp to its health endpoint
        assertThat(healthCheck("axonserver")).as("axonserver").startsWith("CMD", "bash", "-c")
                .anySatisfy(part -> assertThat(part).contains("/dev/tcp/127.0.0.1/8024")
                        .contains("GET /actuator/health").contains("grep -q").contains("UP"));
    }

    @Test
    void theServicesStartOnlyOnAnInitialisedReplicaSetAndAHealthyAxonServer() {
        for (String name : SERVICES) {
            Map<String, Object> dependsOn = map(service(name).get("depends_on"));
            assertThat(map(dependsOn.get("mongo-init")).get("condition")).as(name)
                    .isEqualTo("service_completed_successfully");
            assertThat(map(dependsOn.get("axonserver")).get("condition")).as(name).isEqualTo("service_healthy");
        }
        assertThat(map(map(service("mongo-init").get("depends_on")).get("mongo")).get("condition"))
                .isEqualTo("service_healthy");
    }

    @Test
    void mongoRunsAsAOneNodeReplicaSetThatIsInitialised() {
        assertThat(list(service("mongo").get("command"))).containsSequence("--replSet", "rs0");
        String init = String.join(" ", list(service("mongo-init").get("command")));
        assertThat(init).contains("rs.initiate(").contains("_id: 'rs0'").contains("host: 'mongo:27017'")
                .contains("isWritablePrimary");
        assertThat(String.valueOf(environment("query-side").get("CANTEEN_MONGO_URI"))).contains("replicaSet=rs0");
    }

    @Test
    void axonServersDataAndEventsLiveOnVolumes() {
        List<String> volumes = list(service("axonserver").get("volumes"));
        assertThat(volumes).contains("axonserver-data:/axonserver/data", "axonserver-events:/axonserver/events");
        assertThat(map(compose.get("volumes"))).containsKeys("axonserver-data", "axonserver-events", "mongo-data");
    }

    @Test
    void commandSideInstancesShareOnePostgresWhoseDataLivesOnAVolume() {
        assertThat((String) service("postgres").get("image")).isEqualTo("postgres:16");
        assertThat(list(service("postgres").get("volumes"))).contains("postgres-data:/var/lib/postgresql/data");
        assertThat(map(compose.get("volumes"))).containsKey("postgres-data").doesNotContainKey("command-side-data");
        assertThat(map(map(service("command-side").get("depends_on")).get("postgres")).get("condition"))
                .isEqualTo("service_healthy");
        Map<String, Object> commandSide = environment("command-side");
        assertThat(String.valueOf(commandSide.get("SPRING_DATASOURCE_URL")))
                .isEqualTo("jdbc:postgresql://postgres:5432/kantinekort");
        assertThat(String.valueOf(commandSide.get("SPRING_DATASOURCE_PASSWORD"))).startsWith("${POSTGRES_PASSWORD:?");
        assertThat(String.valueOf(environment("postgres").get("POSTGRES_PASSWORD"))).startsWith("${POSTGRES_PASSWORD:?");
        // nothing of the command side lives in its container any more: it scales (--scale command-side=2)
        assertThat(service("command-side")).doesNotContainKey("volumes");
    }

    @Test
    void axonServerIsTheOfficialImageAtAPinnedRelease() {
        String image = (String) service("axonserver").get("image");
        assertThat(image).startsWith("axoniq/axonserver:").doesNotContain("latest").matches(".*:\\d{4}\\.\\d+\\.\\d+.*");
    }

    @Test
    void thePortalsPublicAddressIsRequiredByThePortalAndTheCommandSide() {
        for (String name : new String[] {"ui", "command-side"}) {
            assertThat(String.valueOf(environment(name).get("CANTEEN_PORTAL_PUBLIC_URL"))).as(name)
                    .matches(FROM_ENVIRONMENT);
        }
    }

    @Test
    void secretsComeOnlyFromTheEnvironment() {
        for (Map.Entry<String, Object> service : services().entrySet()) {
            environment(service.getKey()).forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    assertThat(String.valueOf(value)).as(service.getKey() + " " + name).matches(FROM_ENVIRONMENT);
                }
            });
        }
        assertThat(environment("command-side")).containsKeys("CANTEEN_PERSONAL_DATA_MASTER_KEY",
                "CANTEEN_PERSONAL_DATA_HASH_KEY");
        assertThat(environment("pos-adapter")).containsKeys("CANTEEN_ADMIN_TOKEN", "CANTEEN_AUDIT_TOKEN");
        assertThat(environment("ui")).containsKey("CANTEEN_OIDC_CLIENT_SECRET");
    }

    @Test
    void everySecretTheComposeFileAsksForHasAPlaceholderInEnvExample() throws IOException {
        String example = Files.readString(dockerDirectory.resolve(".env.example"));
        String file = Files.readString(dockerDirectory.resolve("compose.yaml"));
        FROM_ENVIRONMENT.matcher(file).results().map(m -> m.group().substring(2, m.group().indexOf(":?")))
                .forEach(variable -> assertThat(example).as(variable).containsPattern("(?m)^" + variable + "="));
    }

    @Test
    void theImageRunsAsAnUnprivilegedUserOnAJreWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(dockerDirectory.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^FROM maven:\\S+ AS build$")
                .containsPattern("(?m)^FROM eclipse-temurin:17-jre$")
                .containsPattern("(?m)^USER kantinekort$")
                .containsPattern("(?m)^HEALTHCHECK .*")
                .contains("/actuator/health");
    }

    @Test
    void theImageCopiesEveryModulesPomBeforeTheSourcesSoItsDependencyLayerResolves() throws IOException {
        String dockerfile = Files.readString(dockerDirectory.resolve("Dockerfile"));
        List<String> modules = modules(dockerDirectory.getParent(), "");
        assertThat(modules).contains("app", "embedded", "embedded/mitid-demo");
        modules.forEach(module -> assertThat(dockerfile).as(module)
                .contains("COPY " + module + "/pom.xml " + module + "/\n"));
    }

    /** The modules the pom in this directory lists, and theirs, as paths from the repository root. */
    private static List<String> modules(Path root, String directory) throws IOException {
        String pom = Files.readString(root.resolve(directory).resolve("pom.xml"));
        List<String> modules = new java.util.ArrayList<>();
        for (String module : MODULE.matcher(pom).results().map(m -> m.group(1)).toList()) {
            String path = directory.isEmpty() ? module : directory + "/" + module;
            modules.add(path);
            modules.addAll(modules(root, path));
        }
        return modules;
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        return map(services().get(name));
    }

    private static Map<String, Object> environment(String service) {
        Object environment = service(service).get("environment");
        return environment == null ? Map.of() : map(environment);
    }

    private static List<String> healthCheck(String service) {
        Object healthcheck = service(service).get("healthcheck");
        assertThat(healthcheck).as(service + " healthcheck").isNotNull();
        return list(map(healthcheck).get("test"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
