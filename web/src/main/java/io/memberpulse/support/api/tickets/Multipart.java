package io.memberpulse.support.api.tickets;

import io.memberpulse.support.api.platform.ApiProblem;
import io.memberpulse.support.attachments.control.FileCheck;
import io.memberpulse.support.attachments.entity.Upload;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a multipart/form-data request: text fields by name, and the parts named "files". */
final class Multipart {

    private final List<EntityPart> parts;

    Multipart(List<EntityPart> parts) {
        this.parts = parts == null ? List.of() : parts;
    }

    Optional<String> field(String name) {
        return parts.stream().filter(part -> part.getName().equals(name) && part.getFileName().isEmpty())
                .findFirst().map(Multipart::text);
    }

    /** The files, each read to at most one byte over the limit, so a huge part is refused without holding it. */
    List<Upload> files() {
        List<Upload> uploads = new ArrayList<>();
        for (EntityPart part : parts) {
            if (part.getName().equals("files")) {
                try (InputStream content = part.getContent()) {
                    uploads.add(new Upload(part.getFileName().orElse("attachment"),
                            content.readNBytes((int) FileCheck.MAX_BYTES + 1)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw ApiProblem.badField(part.getName(), "The field " + part.getName() + " could not be read.");
        }
    }
}
