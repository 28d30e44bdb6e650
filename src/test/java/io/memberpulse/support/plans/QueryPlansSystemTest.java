package io.memberpulse.support.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.QueueItem;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketQuery;
import io.memberpulse.support.tickets.entity.TicketQuery.Assignee;
import io.memberpulse.support.tickets.entity.TicketQuery.Cursor;
import io.memberpulse.support.tickets.entity.TicketQuery.Sort;
import io.memberpulse.support.tickets.entity.TicketQuery.View;
import io.memberpulse.support.tickets.entity.Visibility;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.File;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plan check: on a 100 000-ticket database made by the benchmark generator, every query the staff queue runs —
 * each view, filter, order, the next page and full text — is planned by PostgreSQL with an index on the tickets
 * table, never a sequential scan. The statements are the application's own: {@link TicketQueries} runs through
 * EclipseLink with the real persistence unit, and the SQL with its bound values is captured on the way to the
 * database and explained. Nothing is timed; a dropped index, a rewritten query or a filter that defeats the index
 * fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfEnvironmentVariable(named = "MEMBERPULSE_TEST_DB_URL", matches = "jdbc:postgresql:.*")
class QueryPlansSystemTest {

    private static final int TICKETS = 100_000;
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^/?]+)");

    private final String user = System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_USER", "postgres");
    private final String password = System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_PASSWORD", "");
    private final CapturingDataSource capture = new CapturingDataSource();
    private String url;
    private EntityManagerFactory factory;
    private UUID client;
    private UUID agent;
    private UUID otherAgent;
    private UUID category;
    private UUID member;

    @BeforeAll
    void benchDatabase() throws Exception {
        Matcher parts = URL.matcher(System.getenv("MEMBERPULSE_TEST_DB_URL"));
        assertTrue(parts.matches(), "MEMBERPULSE_TEST_DB_URL must name a plain database");
        String host = parts.group(1);
        String port = parts.group(2) == null ? "5432" : parts.group(2);
        String database = parts.group(3) + "_plans";
        url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        if (!reusable()) {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                    user, password); Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                sql.execute("CREATE DATABASE " + database);
            }
            migrate();
            generate(host, port, database);
        }
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            client = id(db, "SELECT id FROM clients WHERE slug = 'bench-1'");
            agent = id(db, "SELECT id FROM accounts WHERE email = 'agent1@bench-1.test'");
            otherAgent = id(db, "SELECT id FROM accounts WHERE email = 'agent2@bench-1.test'");
            category = id(db, "SELECT id FROM categories WHERE client_id = '" + client + "' ORDER BY display_order "
                    + "LIMIT 1 OFFSET 2");
            member = id(db, "SELECT requester_id FROM tickets WHERE client_id = '" + client + "' ORDER BY id LIMIT 1");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        // the connection properties of the server's pool (payara-config/post-boot-postgresql.asadmin)
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, capture.dataSource(
                url + "?stringtype=unspecified&reWriteBatchedInserts=true", user, password));
        properties.put(PersistenceUnitProperties.TARGET_SERVER, "None");
        factory = Persistence.createEntityManagerFactory("memberpulse", properties);
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    Stream<Arguments> queueQueries() {
        Instant now = Instant.now();
        return Stream.of(
                queue("whole queue, recently updated first", q -> { }),
                queue("status", q -> q.statuses = Set.of(Status.OPEN, Status.IN_PROGRESS)),
                queue("priority", q -> q.priorities = Set.of(Priority.HIGH, Priority.URGENT)),
                queue("category", q -> q.category = category),
                queue("a team's queue", q -> q.team = UUID.randomUUID()),
                queue("assignee", q -> q.assignee = new Assignee(otherAgent, false, false)),
                queue("view mine", q -> q.view = View.MINE),
                queue("view unassigned", q -> q.view = View.UNASSIGNED),
                queue("view urgent", q -> q.view = View.URGENT),
                queue("view needs-response", q -> q.view = View.NEEDS_RESPONSE),
                queue("view breaching-soon", q -> q.view = View.BREACHING_SOON),
                queue("earliest due first", q -> q.sort = Sort.DUE_ASC),
                queue("breaching soon, earliest due first", q -> {
                    q.view = View.BREACHING_SOON;
                    q.sort = Sort.DUE_ASC;
                }),
                queue("member", q -> q.member = member),
                queue("updated in the last 30 days", q -> q.updatedFrom = now.minus(30, ChronoUnit.DAYS)),
                queue("created in a month", q -> {
                    q.createdFrom = now.minus(400, ChronoUnit.DAYS);
                    q.createdTo = now.minus(370, ChronoUnit.DAYS);
                }),
                queue("oldest first", q -> q.sort = Sort.CREATED_ASC),
                queue("newest created first", q -> q.sort = Sort.CREATED_DESC),
                queue("next page", q -> q.after = new Cursor(now.minus(90, ChronoUnit.DAYS), UUID.randomUUID())),
                queue("open, unassigned and high", q -> {
                    q.statuses = Set.of(Status.OPEN);
                    q.view = View.UNASSIGNED;
                    q.priorities = Set.of(Priority.HIGH);
                }),
                queue("common words", q -> q.text = "password reset"),
                queue("common word and status", q -> {
                    q.text = "invoice";
                    q.statuses = Set.of(Status.OPEN);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queueQueries")
    void everyQueueQueryReadsTicketsThroughAnIndex(String name, Consumer<Query> filters) throws Exception {
        Query query = new Query();
        filters.accept(query);
        for (JsonObject plan : plans(query.build(), false)) {
            assertReadsTicketsThroughAnIndex(name, plan);
        }
    }

    @Test
    void agentsWhoMayNotSeeAllStillReadThroughAnIndex() throws Exception {
        for (JsonObject plan : plans(new Query().build(), true)) {
            assertReadsTicketsThroughAnIndex("own and unassigned only", plan);
        }
    }

    @Test
    void theUnassignedViewReadsItsOwnIndexInQueueOrder() throws Exception {
        Query query = new Query();
        query.view = View.UNASSIGNED;
        for (JsonObject plan : plans(query.build(), false)) {
            List<String> indexes = scansOfTickets(plan).stream().map(s -> s.getString("Index Name", "")).toList();
            assertTrue(indexes.contains("tickets_unassigned"), "unassigned view sorts instead of reading in order: "
                    + plan);
        }
    }

    @Test
    void rareWordsAreFoundThroughTheFullTextIndex() throws Exception {
        Query query = new Query();
        query.text = "chargeback dispute"; // a word no generated ticket has
        List<JsonObject> plans = plans(query.build(), false);
        assertEquals(1, plans.size());
        List<String> indexes = scansOfTickets(plans.get(0)).stream().map(s -> s.getString("Index Name", "")).toList();
        assertTrue(indexes.contains("tickets_search"), "full text without its GIN index: " + plans.get(0));
    }

    /**
     * The 100 k cliff: for "two-factor code" the planner once multiplied the frequencies of the hyphenated word and
     * its parts as if independent, expected a few hundred matches where there are thousands, and sorted them all
     * (85 ms against 3 ms). Common words must be read in queue order, stopping at a full page.
     */
    @Test
    void aCommonHyphenatedPhraseIsReadInQueueOrderNotSorted() throws Exception {
        Query query = new Query();
        query.text = "two-factor code";
        List<JsonObject> plans = plans(query.build(), false);
        assertEquals(1, plans.size());
        assertReadsTicketsThroughAnIndex("two-factor code", plans.get(0));
        assertFalse(nodeTypes(plans.get(0)).contains("Sort"), "sorts every match instead of reading in order: "
                + plans.get(0));
    }

    private static List<String> nodeTypes(JsonObject node) {
        List<String> types = new ArrayList<>(List.of(node.getString("Node Type")));
        for (JsonValue child : node.getOrDefault("Plans", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            types.addAll(nodeTypes(child.asJsonObject()));
        }
        return types;
    }

    /** Runs the query through the application's search and explains each statement it sent. */
    private List<JsonObject> plans(TicketQuery query, boolean ownAndUnassignedOnly) throws Exception {
        EntityManager em = factory.createEntityManager(
                Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, client.toString()));
        try {
            TicketQueries queries = queries(em);
            capture.drain();
            Visibility visibility = ownAndUnassignedOnly ? Visibility.ownAndUnassigned(agent)
                    : Visibility.everything(agent);
            List<QueueItem> rows = queries.search(query, visibility).items();
            assertTrue(rows.size() <= 50, "a page holds at most the limit");
            for (QueueItem row : rows) {
                assertTrue(visibility.permits(row), "the query returned a ticket the caller may not see");
            }
        } finally {
            em.close();
        }
        return explained();
    }

    /** The application's query home on this entity manager, as the container would give it. */
    private static TicketQueries queries(EntityManager em) throws ReflectiveOperationException {
        TicketQueries queries = new TicketQueries();
        Field field = TicketQueries.class.getDeclaredField("em");
        field.setAccessible(true);
        field.set(queries, em);
        Field clock = TicketQueries.class.getDeclaredField("clock");
        clock.setAccessible(true);
        clock.set(queries, Clock.systemUTC());
        return queries;
    }

    @Test
    void theConsoleNumbersReadOnlyTheActiveTicketsFromTheirIndex() throws Exception {
        EntityManager em = factory.createEntityManager(
                Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, client.toString()));
        try {
            TicketQueries queries = queries(em);
            capture.drain();
            QueueCounts counts = queries.counts(Visibility.everything(agent), false);
            assertNull(counts.byStatus().get(Status.CLOSED), "the console's numbers counted the done tickets");
            assertTrue(counts.unassigned() > 0, "no unassigned active ticket counted: " + counts);
        } finally {
            em.close();
        }
        List<JsonObject> plans = explained();
        assertEquals(1, plans.size(), "the console's numbers take one statement");
        assertReadsTicketsThroughAnIndex("console numbers", plans.get(0));
        // the active statuses bound the index range: the done tickets (most of a desk's) are never read
        assertTrue(scansOfTickets(plans.get(0)).stream().anyMatch(scan -> scan.getString("Index Cond", "")
                .contains("status")), "the numbers read tickets of every status: " + plans.get(0));
    }

    @Test
    void theBreachScanReadsOnlyTheTicketsWhoseCheckIsDue() throws Exception {
        EntityManager em = factory.createEntityManager(
                Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, client.toString()));
        try {
            capture.drain();
            em.createNamedQuery(Ticket.SLA_DUE, UUID.class).setParameter("now", Instant.now()).setMaxResults(200)
                    .getResultList();
        } finally {
            em.close();
        }
        List<JsonObject> plans = explained();
        assertEquals(1, plans.size());
        List<String> indexes = scansOfTickets(plans.get(0)).stream().map(scan -> scan.getString("Index Name", ""))
                .toList();
        assertTrue(indexes.contains("tickets_sla_check"), "the scan without its index: " + plans.get(0));
    }

    /** Each statement on tickets sent since the capture was drained, explained. */
    private List<JsonObject> explained() throws Exception {
        List<JsonObject> plans = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url + "?stringtype=unspecified", user, password)) {
            for (CapturingDataSource.Statement statement : capture.drain()) {
                if (!statement.sql().contains("FROM tickets")) {
                    continue;
                }
                assertTrue(statement.sql().contains("client_id"), "no tenant filter: " + statement.sql());
                try (PreparedStatement explain = db.prepareStatement("EXPLAIN (FORMAT JSON) " + statement.sql())) {
                    for (var parameter : statement.parameters().entrySet()) {
                        explain.setObject(parameter.getKey(), parameter.getValue());
                    }
                    try (ResultSet result = explain.executeQuery()) {
                        result.next();
                        JsonArray json = Json.createReader(new StringReader(result.getString(1))).readArray();
                        plans.add(json.getJsonObject(0).getJsonObject("Plan"));
                    }
                }
            }
        }
        assertFalse(plans.isEmpty(), "the search sent no query on tickets");
        return plans;
    }

    private static void assertReadsTicketsThroughAnIndex(String name, JsonObject plan) {
        List<JsonObject> scans = scansOfTickets(plan);
        for (JsonObject scan : scans) {
            assertFalse(scan.getString("Node Type").equals("Seq Scan"), name + ": sequential scan of tickets; " + plan);
        }
        assertTrue(scans.stream().anyMatch(scan -> scan.getString("Index Name", "").startsWith("tickets_")),
                name + ": no index of tickets used; " + plan);
    }

    private static List<JsonObject> scansOfTickets(JsonObject node) {
        List<JsonObject> scans = new ArrayList<>();
        if ("tickets".equals(node.getString("Relation Name", null)) || node.getString("Node Type").equals(
                "Bitmap Index Scan") && node.getString("Index Name", "").startsWith("tickets_")) {
            scans.add(node);
        }
        for (JsonValue child : node.getOrDefault("Plans", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            scans.addAll(scansOfTickets(child.asJsonObject()));
        }
        return scans;
    }

    private static Arguments queue(String name, Consumer<Query> filters) {
        return Arguments.of(name, filters);
    }

    /** A database from an earlier run is kept if it holds the tickets and takes every migration of this build. */
    private boolean reusable() {
        if (benchTickets() < TICKETS) {
            return false;
        }
        try {
            migrate();
            return true;
        } catch (FlywayException changedOrBroken) {
            return false;
        }
    }

    private long benchTickets() {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("SELECT count(*) FROM tickets t JOIN clients c "
                        + "ON c.id = t.client_id WHERE c.slug LIKE 'bench-%'")) {
            count.next();
            return count.getLong(1);
        } catch (Exception noDatabaseYet) {
            return 0;
        }
    }

    private void migrate() {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/postgresql").load().migrate();
    }

    /** The benchmark's own generator (bench/generate.sql) through psql, as bench/run uses it. */
    private void generate(String host, String port, String database) throws Exception {
        Path script = Path.of("..", "bench", "generate.sql").toAbsolutePath().normalize();
        assertTrue(Files.exists(script), "cannot find " + script);
        File log = File.createTempFile("generate", ".log");
        ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-h", host, "-p", port, "-U", user,
                "-v", "tickets=" + TICKETS, "-v", "seed=42", "-f", script.toString(), database)
                .redirectErrorStream(true).redirectOutput(log);
        psql.environment().put("PGPASSWORD", password);
        Process process = psql.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the generator did not finish in 10 minutes");
        assertEquals(0, process.exitValue(), "the generator failed: " + Files.readString(log.toPath()));
    }

    private static UUID id(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), "no row for " + sql);
            return row.getObject(1, UUID.class);
        }
    }

    /** A queue query under construction: each case sets the fields it needs. */
    static final class Query {
        Set<Status> statuses;
        Set<Priority> priorities;
        UUID category;
        Assignee assignee;
        Instant createdFrom;
        Instant createdTo;
        Instant updatedFrom;
        UUID member;
        String text;
        UUID team;
        View view;
        Sort sort;
        Cursor after;

        TicketQuery build() {
            return new TicketQuery(statuses, priorities, category, team, assignee, createdFrom, createdTo, updatedFrom, null,
                    member, null, null, text, view, sort, after, 50);
        }
    }
}
