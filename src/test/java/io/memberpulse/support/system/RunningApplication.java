package io.memberpulse.support.system;

import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the application once for all system test classes, with the README's run command itself
 * ({@code run.sh}), and stops it when the test JVM is done. Uses PostgreSQL when MEMBERPULSE_TEST_DB_URL is set
 * (the database is recreated first), the embedded H2 otherwise.
 */
public class RunningApplication implements BeforeAllCallback {

    public static final int PORT = Integer.parseInt(System.getProperty("memberpulse.test.port", "18080"));
    /** Where AiProviderSystemTest runs its chat-completions server; every node is told of it, used only by a
     * client whose administrator chose the openai-compatible provider. */
    public static final int AI_PORT = PORT + 9;
    private static final Path ROOT = Path.of(System.getProperty("memberpulse.root", "..")).toAbsolutePath();
    private static final Path DATA = ROOT.resolve("target/system-test-data");
    private static final Path LOG = ROOT.resolve("target/system-test-server.log");

    private static Server server;
    private static Server secondNode;
    private static Server outsideIdentityNode;
    private static Server singleSignOnNode;
    private static final java.util.List<Server> freshNodes = new java.util.ArrayList<>();

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (server == null) {
            deleteRecursively(DATA);
            recreateTestDatabase();
            server = new Server(PORT);
            server.start();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Server.class.getName(), server);
        }
    }

    public static URI uri(String path) {
        return URI.create("http://localhost:" + PORT + path);
    }

    /**
     * A second node on the same PostgreSQL database and keys (the application keeps nothing else on a node),
     * started on first use and stopped with the first: for rules that must hold across a cluster.
     */
    public static synchronized URI secondNode(String path) throws Exception {
        if (!onPostgres()) {
            throw new IllegalStateException("two nodes share a PostgreSQL database; the embedded H2 is one node's");
        }
        if (secondNode == null) {
            secondNode = new Server(PORT + 1);
            secondNode.start();
        }
        return URI.create("http://localhost:" + (PORT + 1) + path);
    }

    /** Kills the second node as a crash would (no shutdown); the next {@link #secondNode} starts a new one. */
    public static synchronized void killSecondNode() throws InterruptedException {
        if (secondNode != null) {
            secondNode.kill();
            secondNode = null;
        }
    }

    /**
     * A server whose tokens come from an outside identity provider: it verifies them with the key set at
     * {@code jwksUrl} and the issuer given, as an operator configures Keycloak. Its own data folder (and, on H2,
     * its own database with the demo data); on PostgreSQL it shares the test database. Started once.
     */
    public static synchronized URI outsideIdentityNode(String path, String jwksUrl, String issuer) throws Exception {
        int port = PORT + 2;
        if (outsideIdentityNode == null) {
            Path data = ROOT.resolve("target/system-test-data-outside-idp");
            deleteRecursively(data);
            outsideIdentityNode = new Server(port, data, Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwksUrl,
                    "MP_JWT_VERIFY_ISSUER", issuer));
            outsideIdentityNode.start();
        }
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * A server whose browsers sign on through an OpenID Connect provider (the README's MEMBERPULSE_OIDC_* settings),
     * otherwise like {@link #outsideIdentityNode}: its own data folder, and on PostgreSQL the shared test database.
     * Started once.
     */
    public static synchronized URI singleSignOnNode(String path, String issuer, String clientId, String secret)
            throws Exception {
        int port = PORT + 4;
        if (singleSignOnNode == null) {
            Path data = ROOT.resolve("target/system-test-data-sso");
            deleteRecursively(data);
            singleSignOnNode = new Server(port, data, Map.of("MEMBERPULSE_OIDC_ISSUER", issuer,
                    "MEMBERPULSE_OIDC_CLIENT_ID", clientId, "MEMBERPULSE_OIDC_CLIENT_SECRET", secret));
            singleSignOnNode.start();
        }
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * A node of its own on an empty PostgreSQL database of its own, with these settings and no demo data (unless
     * JAVA_OPTS in the settings asks for it): an operator's first run, or a node whose clock a test moves. Its log is its own file, so a test can read what it printed. Stopped with the first.
     */
    public static synchronized Node freshNode(String database, Map<String, String> settings) throws Exception {
        if (!onPostgres()) {
            throw new IllegalStateException("a first run is on PostgreSQL");
        }
        String url = System.getenv("MEMBERPULSE_TEST_DB_URL");
        String fresh = url.substring(0, url.lastIndexOf('/') + 1) + database;
        recreate(fresh);
        int port = PORT + 3;
        Path data = ROOT.resolve("target/system-test-data-" + database);
        deleteRecursively(data);
        Map<String, String> env = new java.util.HashMap<>(settings);
        env.put("MEMBERPULSE_DB_URL", fresh);
        env.putIfAbsent("JAVA_OPTS", ""); // no demo data unless the test asks for it
        Path log = ROOT.resolve("target/system-test-" + database + ".log");
        Files.deleteIfExists(log);
        Server node = new Server(port, data, env, log);
        node.start();
        freshNodes.add(node);
        return new Node(node, URI.create("http://localhost:" + port), log);
    }

    /** A node a test started itself: where it answers, its log, and an operator's restart. */
    public record Node(Server server, URI base, Path log) {

        public URI uri(String path) {
            return base.resolve(path);
        }

        /** A request to this node, with a JSON body or none. */
        public Api.Reply call(String method, String path, String token, String json) {
            return Api.send(uri(path), method, token, json == null ? null : "application/json", json);
        }

        /** An access token from this node for an account of the demo client (demo data on). */
        public String demoToken(String email) {
            Api.Reply reply = call("POST", "/api/auth/token", null, Json.createObjectBuilder()
                    .add("client", "demo").add("email", email).add("password", Api.PASSWORD).build().toString());
            if (reply.status() != 200) {
                throw new AssertionError("sign-in of " + email + " failed: " + reply.status() + " " + reply.body());
            }
            return reply.json().getString("accessToken");
        }

        public void restart() throws Exception {
            server.stop();
            server.start();
        }

        public void stop() throws InterruptedException {
            server.stop();
        }
    }

    public static Path dataDir() {
        return DATA;
    }

    /** The private folders run.sh made for the server (its filled-in post-boot file among them) and left behind. */
    public static long runtimeFolders() throws IOException {
        try (Stream<Path> folders = Files.list(server.temporaryFolders())) {
            return folders.filter(f -> f.getFileName().toString().startsWith("memberpulse-runtime.")).count();
        }
    }

    /** The class archives run.sh keeps beside the server (target/runtime/classes-*.jsa). */
    public static long classArchives() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("target/runtime"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("classes-") && name.endsWith(".jsa")).count();
        }
    }

    /** Stops the server and starts it again on the same data, as an operator's restart would. */
    public static synchronized void restart() throws Exception {
        server.stop();
        server.start();
    }

    public static boolean onPostgres() {
        return System.getenv("MEMBERPULSE_TEST_DB_URL") != null;
    }

    private static void recreateTestDatabase() throws Exception {
        String url = System.getenv("MEMBERPULSE_TEST_DB_URL");
        if (url == null) {
            return;
        }
        recreate(url);
    }

    private static void recreate(String url) throws Exception {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1);
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("MEMBERPULSE_TEST_DB_URL must name a plain database: " + url);
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash) + "/postgres",
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_PASSWORD", ""));
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    static final class Server implements ExtensionContext.Store.CloseableResource {

        private final int port;
        private final Path data;
        private final Map<String, String> settings;
        private final Path log;
        private Process process;

        Server(int port) {
            this(port, DATA, Map.of());
        }

        Server(int port, Path data, Map<String, String> settings) {
            this(port, data, settings, LOG);
        }

        Server(int port, Path data, Map<String, String> settings, Path log) {
            this.port = port;
            this.data = data;
            this.settings = settings;
            this.log = log;
        }

        void start() throws Exception {
            ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("run.sh").toString())
                    .directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("MEMBERPULSE_SKIP_BUILD", "true");
            env.put("MEMBERPULSE_PORT", String.valueOf(port));
            env.put("MEMBERPULSE_DATA_DIR", data.toString());
            env.remove("MEMBERPULSE_DB_URL");
            // high enough for the tests that create many tickets as one member; IntakeSystemTest reaches it
            env.put("MEMBERPULSE_INTAKE_MAX_PER_WINDOW", "120");
            // tokens must be meant for us: CallerIdentitySystemTest tries one meant for another service
            env.put("MP_JWT_VERIFY_AUDIENCES", Tokens.AUDIENCE);
            env.put("MEMBERPULSE_AI_BASE_URL", "http://localhost:" + AI_PORT + "/v1");
            env.put("MEMBERPULSE_AI_MODEL", "test-model");
            env.put("MEMBERPULSE_AI_TIMEOUT_MS", "1500");
            if (onPostgres()) {
                env.put("MEMBERPULSE_DB_URL", System.getenv("MEMBERPULSE_TEST_DB_URL"));
                env.put("MEMBERPULSE_DB_USER", System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_USER", "postgres"));
                env.put("MEMBERPULSE_DB_PASSWORD", System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_PASSWORD", ""));
                // the demo seed and generated keys are the embedded mode's; the tests need them on PostgreSQL too
                env.put("JAVA_OPTS", "-Dmemberpulse.demo-data=true -Dmemberpulse.jwt.generate-keys=true");
            }
            // run.sh's private folder, in a place of this node's own, so that a test can see it is gone after a stop
            Files.createDirectories(temporaryFolders());
            env.put("TMPDIR", temporaryFolders().toString());
            env.putAll(settings);
            process = builder.start();
            awaitReady();
        }

        Path temporaryFolders() {
            return data.resolve("tmp-" + port);
        }

        private void awaitReady() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("run.sh ended during start-up; see " + log);
                }
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("not ready after 4 minutes; see " + log);
        }

        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            for (Server other : new Server[] {secondNode, outsideIdentityNode, singleSignOnNode}) {
                if (other != null && other != this) {
                    other.stop();
                }
            }
            for (Server fresh : freshNodes) {
                fresh.stop();
            }
            stop();
        }
    }
}
