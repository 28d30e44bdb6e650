package io.memberpulse.support.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Payara Server 6 domain (unpacked by the build) for the tests of the full-server deployables: created and
 * started once per test JVM, with the same one datasource the Micro run command creates, and stopped at the end.
 * PostgreSQL when MEMBERPULSE_TEST_DB_URL is set (its own database, recreated), H2 otherwise.
 */
public class PayaraServerDomain implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final int PORT_BASE = 28000;
    public static final int ADMIN_PORT = PORT_BASE + 48;
    public static final int HTTP_PORT = PORT_BASE + 80;
    private static final String DOMAIN = "memberpulse";

    private static final Path ROOT = Path.of(System.getProperty("memberpulse.root", "..")).toAbsolutePath();
    private static final Path HOME = Path.of(System.getProperty("payara.server.home",
            ROOT.resolve("ear/target/payara-server/payara6").toString()));
    private static final Path DOMAINS = ROOT.resolve("ear/target/payara-domains");
    private static final Path DATA = ROOT.resolve("ear/target/payara-server-data");

    private static boolean started;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started || System.getProperty("com.sun.aas.instanceRoot") != null) {
            return; // already up, or this is the in-container half of an Arquillian test: we are the server
        }
        if (Files.exists(DOMAINS.resolve(DOMAIN))) {
            try {
                asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN); // left over by an aborted run
            } catch (IllegalStateException notRunning) {
                // the usual case
            }
        }
        deleteRecursively(DOMAINS);
        deleteRecursively(DATA);
        asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE),
                "--domaindir", DOMAINS.toString(), DOMAIN);
        Path lib = DOMAINS.resolve(DOMAIN).resolve("lib");
        String pool;
        if (System.getenv("MEMBERPULSE_TEST_DB_URL") != null) {
            Files.copy(ROOT.resolve("target/runtime/postgresql.jar"), lib.resolve("postgresql.jar"),
                    StandardCopyOption.REPLACE_EXISTING);
            pool = postgresPool();
        } else {
            Files.copy(HOME.resolve("h2db/bin/h2.jar"), lib.resolve("h2.jar"), StandardCopyOption.REPLACE_EXISTING);
            pool = "--datasourceclassname org.h2.jdbcx.JdbcDataSource --property user=demo:password=demo-only:url="
                    + escape("jdbc:h2:file:" + DATA.resolve("db/memberpulse"));
        }
        asadmin("start-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        started = true;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PayaraServerDomain.class.getName(), this);

        // as payara-config's post-boot files: the main pool, and ticket numbers' own (its README says why)
        createDataSource(pool, "MemberPulsePool", "jdbc/memberpulse");
        createDataSource(pool, "MemberPulseNumbersPool", "jdbc/memberpulse-numbers");
        remote("set-batch-runtime-configuration", "--datasourcelookupname", "jdbc/memberpulse");
        // the embedded mode's demo seed and generated keys, so the deployed application can be signed in to
        for (String property : List.of("memberpulse.demo-data=true", "memberpulse.jwt.generate-keys=true",
                "memberpulse.data.dir=" + DATA)) {
            String[] nameValue = property.split("=", 2);
            remote("set-config-property", "--source", "domain", "--propertyName", nameValue[0],
                    "--propertyValue", nameValue[1]);
        }
    }

    public static URI uri(String path) {
        return URI.create("http://localhost:" + HTTP_PORT + path);
    }

    /** A connection pool with these settings and the JNDI datasource over it, as the post-boot files make. */
    private static void createDataSource(String pool, String poolName, String jndiName) throws Exception {
        List<String> createPool = new ArrayList<>(List.of("create-jdbc-connection-pool", "--restype",
                "javax.sql.DataSource"));
        createPool.addAll(List.of(pool.split(" ")));
        createPool.add(poolName);
        remote(createPool.toArray(String[]::new));
        remote("create-jdbc-resource", "--connectionpoolid", poolName, jndiName);
    }

    /** An asadmin command against the running domain. */
    public static String remote(String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(ADMIN_PORT)));
        args.addAll(List.of(command));
        return asadmin(args.toArray(String[]::new));
    }

    private static String asadmin(String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(HOME.resolve("bin/asadmin").toString(), "--interactive=false"));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static String postgresPool() throws Exception {
        String url = System.getenv("MEMBERPULSE_TEST_DB_URL") + "_server";
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1);
        String user = System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash) + "/postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        URI host = URI.create(url.substring("jdbc:".length()));
        return "--datasourceclassname org.postgresql.ds.PGSimpleDataSource --property serverName=" + host.getHost()
                + ":portNumber=" + (host.getPort() < 0 ? 5432 : host.getPort()) + ":databaseName=" + database
                + ":user=" + escape(user) + ":password=" + (password.isEmpty() ? "()" : escape(password))
                + ":stringType=unspecified";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    @Override
    public void close() throws Exception {
        asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }
}
