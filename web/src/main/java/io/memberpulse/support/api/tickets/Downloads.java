package io.memberpulse.support.api.tickets;

import io.memberpulse.support.tickets.entity.FileDownload;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file as a download: its checked type, never rendered inline, with a name that cannot break the header. */
final class Downloads {

    private Downloads() {
    }

    static Response of(FileDownload file) {
        String name = file.attachment().fileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
