package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Tickets made through the API, the way a member makes them. */
final class TicketFixtures {

    private TicketFixtures() {
    }

    static String categoryId(String memberToken, String name) {
        return get("/api/support/categories", memberToken).structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(category -> category.getString("name").equals(name)).findFirst().orElseThrow()
                .getString("id");
    }

    static JsonObject submit(String memberToken, String subject) {
        return submit(memberToken, Json.createObjectBuilder().add("subject", subject)
                .add("description", "<p>" + subject + ": it does not work.</p>")
                .add("categoryId", categoryId(memberToken, "Technical Issue")).add("priority", "NORMAL"));
    }

    static JsonObject submit(String memberToken, JsonObjectBuilder body) {
        Api.Reply reply = postJson("/api/support/tickets", memberToken, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    static JsonObject staffView(String staffToken, String id) {
        Api.Reply reply = get("/api/tickets/" + id, staffToken);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
