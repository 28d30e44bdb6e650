package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Files are judged by their bytes, limited in number and size, and an internal note's file never reaches a member. */
@ExtendWith(RunningApplication.class)
class AttachmentsSystemTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000PE")
            .getBytes(StandardCharsets.ISO_8859_1);

    record Part(String name, String fileName, byte[] bytes) {
    }

    @Test
    void aMemberSubmitsFilesThatAreCheckedByContentAndDownloadsThem() throws Exception {
        String member = token("demo", "member@demo.test");
        String category = TicketFixtures.categoryId(member, "Technical Issue");
        Map<String, String> fields = Map.of("subject", "Error page when uploading a photo",
                "description", "<p>Screenshot and log attached.</p>", "categoryId", category);

        Api.Reply created = multipart("/api/support/tickets", member, fields,
                List.of(new Part("files", "screenshot.png", PNG), new Part("files", "report.pdf", PDF),
                        new Part("files", "notes.docx", docx())));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");

        List<JsonObject> files = get("/api/support/tickets/" + id, member).json().getJsonArray("files")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("image/png", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                files.stream().map(f -> f.getString("contentType")).toList());

        HttpResponse<byte[]> download = raw(files.get(0).getString("href"), member);
        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(PNG, download.body());

        assertEquals(404, raw(files.get(0).getString("href"), token("demo", "member2@demo.test")).statusCode());
        assertEquals(404, raw(files.get(0).getString("href").replace("/api/support/", "/api/"),
                token("acme", "agent@acme.test")).statusCode());
        assertEquals(200, raw(files.get(0).getString("href").replace("/api/support/", "/api/"),
                token("demo", "agent@demo.test")).statusCode());
    }

    @Test
    void aRenamedExecutableIs415TooManyFilesIs422AndTooLargeIs413AndNothingIsKept() throws Exception {
        String member = token("demo", "member2@demo.test");
        Map<String, String> fields = Map.of("subject", "Invoice", "description", "see attached",
                "categoryId", TicketFixtures.categoryId(member, "Membership & Billing"));
        int before = get("/api/support/tickets?limit=100", member).structure().asJsonArray().size();

        Problems.assertProblem(multipart("/api/support/tickets", member, fields,
                List.of(new Part("files", "invoice.pdf", EXE))), 415);
        List<Part> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new Part("files", "page" + i + ".png", PNG));
        }
        Problems.assertProblem(multipart("/api/support/tickets", member, fields, six), 422);
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Problems.assertProblem(multipart("/api/support/tickets", member, fields,
                List.of(new Part("files", "big.pdf", big))), 413);
        assertEquals(before, get("/api/support/tickets?limit=100", member).structure().asJsonArray().size());
    }

    @Test
    void theClientsAttachmentSettingsAreHonouredForMembersAndTheSizeLimitForStaffToo() throws Exception {
        String admin = token("acme", "admin@acme.test");
        String member = token("acme", "member@acme.test");
        String agent = token("acme", "agent@acme.test");
        Map<String, String> fields = Map.of("subject", "Scan of my certificate", "description", "attached",
                "categoryId", TicketFixtures.categoryId(member, "Technical Issue"));
        byte[] twoMegabytes = Arrays.copyOf(PDF, 2 * 1024 * 1024);
        int before = get("/api/support/tickets?limit=100", member).structure().asJsonArray().size();
        try {
            Api.Reply off = Api.putJson("/api/settings/tickets", admin,
                    "{\"memberAttachments\":false,\"maxAttachmentMegabytes\":1}");
            assertEquals(200, off.status(), off.body());
            JsonObject refused = Problems.assertProblem(multipart("/api/support/tickets", member, fields,
                    List.of(new Part("files", "scan.pdf", PDF))), 422);
            assertEquals("files", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
            assertEquals(before, get("/api/support/tickets?limit=100", member).structure().asJsonArray().size(),
                    "nothing kept");
            String id = TicketFixtures.submit(member, "Without files it still works").getString("id");

            JsonObject tooLarge = Problems.assertProblem(multipart("/api/tickets/" + id + "/responses", agent,
                    Map.of("body", "<p>the form</p>"), List.of(new Part("files", "form.pdf", twoMegabytes))), 413);
            assertTrue(tooLarge.getString("detail").contains("larger than 1 MB"), tooLarge.toString());

            Api.putJson("/api/settings/tickets", admin, "{\"memberAttachments\":true}");
            Problems.assertProblem(multipart("/api/support/tickets/" + id + "/responses", member,
                    Map.of("body", "<p>here</p>"), List.of(new Part("files", "scan.pdf", twoMegabytes))), 413);
            assertEquals(201, multipart("/api/support/tickets/" + id + "/responses", member,
                    Map.of("body", "<p>here</p>"), List.of(new Part("files", "scan.pdf", PDF))).status());
        } finally {
            Api.putJson("/api/settings/tickets", admin, "{\"memberAttachments\":true,\"maxAttachmentMegabytes\":10}");
        }
    }

    @Test
    void anInternalNotesFileIsNeverServedToTheMember() throws Exception {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String id = TicketFixtures.submit(member, "Internal file").getString("id");
        Api.Reply note = multipart("/api/tickets/" + id + "/responses", agent,
                Map.of("body", "log from the server", "internal", "true"),
                List.of(new Part("files", "server-log.pdf", PDF)));
        assertEquals(201, note.status(), note.body());
        JsonObject staffFile = TicketFixtures.staffView(agent, id).getJsonArray("thread").getJsonObject(0)
                .getJsonArray("files").getJsonObject(0);
        assertTrue(staffFile.getBoolean("internal"));
        assertEquals(200, raw(staffFile.getString("href"), agent).statusCode());

        String memberView = get("/api/support/tickets/" + id, member).body();
        assertTrue(!memberView.contains("server-log.pdf"), memberView);
        String memberHref = "/api/support/tickets/" + id + "/attachments/" + staffFile.getString("id");
        assertEquals(404, raw(memberHref, member).statusCode());
    }

    /** Defect found from outside: a merge left the duplicate's files behind, unreachable from the primary. */
    @Test
    void aMergedTicketsFilesAndOpeningMessageJoinThePrimaryAndDownloadFromIt() throws Exception {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String category = TicketFixtures.categoryId(member, "Technical Issue");
        String primary = TicketFixtures.submit(member, "Upload fails " + UUID.randomUUID()).getString("id");
        Api.Reply duplicate = multipart("/api/support/tickets", member, Map.of("subject", "Upload still fails",
                "description", "<p>DUPLICATE-OPENING with a screenshot</p>", "categoryId", category),
                List.of(new Part("files", "dup-screenshot.png", PNG)));
        assertEquals(201, duplicate.status(), duplicate.body());
        String other = duplicate.json().getString("id");
        Api.Reply reply = multipart("/api/tickets/" + other + "/responses", agent, Map.of("body", "<p>log?</p>"),
                List.of(new Part("files", "dup-reply.pdf", PDF)));
        assertEquals(201, reply.status(), reply.body());

        Api.Reply merged = Api.postJson("/api/tickets/" + primary + "/merge", agent,
                "{\"ticketIds\":[\"" + other + "\"]}");
        assertEquals(200, merged.status(), merged.body());
        List<JsonObject> thread = merged.json().getJsonArray("thread").getValuesAs(JsonObject.class);
        JsonObject opening = thread.get(0);
        assertTrue(opening.getString("body").contains("DUPLICATE-OPENING"), opening.toString());
        assertEquals(duplicate.json().getString("number"), opening.getString("mergedFrom"));
        JsonObject screenshot = opening.getJsonArray("files").getJsonObject(0);
        assertEquals("dup-screenshot.png", screenshot.getString("fileName"));
        assertTrue(screenshot.getString("href").startsWith("/api/tickets/" + primary + "/"), screenshot.toString());
        assertArrayEquals(PNG, raw(screenshot.getString("href"), agent).body());
        JsonObject pdf = thread.get(1).getJsonArray("files").getJsonObject(0);
        assertEquals("dup-reply.pdf", pdf.getString("fileName"));
        assertArrayEquals(PDF, raw(pdf.getString("href"), agent).body());
        // and the member reaches them from their own ticket
        String memberHref = "/api/support/tickets/" + primary + "/attachments/" + screenshot.getString("id");
        assertArrayEquals(PNG, raw(memberHref, member).body());
    }

    /** Defect found from outside: these were 500s and HTML pages. */
    @Test
    void malformedRequestsAreProblemJsonNeverHtmlOr500() throws Exception {
        String member = token("demo", "member@demo.test");
        String noDisposition = "--XX\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n";
        Problems.assertProblem(Api.send("POST", "/api/support/tickets", member, "multipart/form-data; boundary=XX",
                noDisposition), 400);
        String unknownCharset = "--XX\r\nContent-Disposition: form-data; name=\"subject\"\r\n"
                + "Content-Type: text/plain; charset=klingon\r\n\r\nhello\r\n--XX--\r\n";
        Problems.assertProblem(Api.send("POST", "/api/support/tickets", member, "multipart/form-data; boundary=XX",
                unknownCharset), 400);
        Problems.assertProblem(Api.send("POST", "/api/support/tickets", member, ";;;/x", "{}"), 400);
        Problems.assertProblem(Api.send("GET", "/api/support/tickets", member, null, null, "Accept", ";;;"), 400);
        Problems.assertProblem(Api.send("GET", "/api/support/tickets", member, null, null, "Accept", "text/csv"), 406);
    }

    private static Api.Reply multipart(String path, String token, Map<String, String> fields, List<Part> files)
            throws Exception {
        String boundary = "----memberpulse" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Part file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(RunningApplication.uri(path)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response);
    }

    private static HttpResponse<byte[]> raw(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(RunningApplication.uri(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
