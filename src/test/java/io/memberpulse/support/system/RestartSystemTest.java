package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What was saved before a restart is there after it, and the demo data is not loaded twice. */
@ExtendWith(RunningApplication.class)
class RestartSystemTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        String admin = token("acme", "admin@acme.test");
        JsonObject agent = get("/api/accounts", admin).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("email").equals("agent@acme.test")).findFirst().orElseThrow();
        String id = agent.getString("id");
        assertEquals(200, putJson("/api/accounts/" + id, admin, "{\"name\":\"Arnold Renamed\"}").status());

        RunningApplication.restart();

        String adminAgain = token("acme", "admin@acme.test");
        assertEquals("Arnold Renamed", get("/api/accounts/" + id, adminAgain).json().getString("name"));
        assertEquals(3, get("/api/accounts", adminAgain).json().getInt("total"));
    }

    /**
     * A stop leaves nothing of run.sh's behind but what it means to keep: its private folder (the filled-in
     * post-boot file holds the database password) is gone, only the running server's is there; and the class
     * archive the first run wrote when it stopped is kept for the next start.
     */
    @Test
    void aStopRemovesTheRunsFolderAndKeepsTheClassArchive() throws Exception {
        RunningApplication.restart();

        assertEquals(1, RunningApplication.runtimeFolders(), "the stopped run's folder is left behind");
        assertEquals(1, RunningApplication.classArchives(), "no class archive kept, or an old one not replaced");
    }
}
