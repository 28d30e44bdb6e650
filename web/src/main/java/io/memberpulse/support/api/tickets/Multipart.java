package io.memberpulse.support.api.tickets;

import io.memberpulse.support.api.platform.ApiProblem;
import io.memberpulse.support.attachments.control.FileCheck;
import io.memberpulse.support.attachments.entity.Upload;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a multipart/form-data request: text fields by name, and the parts named "files". A part a browser or
 * client could not have meant (no name, a charset nobody knows) is the caller's mistake, a 400 naming it.
 */
final class Multipart {

    private final List<EntityPart> parts;

    Multipart(List<EntityPart> parts) {
        this.parts = parts == null ? List.of() : parts;
        for (EntityPart part : this.parts) {
            if (part.getName() == null || part.getName().isBlank()) {
                throw ApiProblem.badField("multipart", "Every part needs a Content-Disposition header with a name "
                        + "(form-data; name=\"subject\").");
            }
        }
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
                } catch (IOException | RuntimeException e) {
                    throw ApiProblem.badField("files", "A file part could not be read.");
                }
            }
        }
        return uploads;
    }

    private static String text(EntityPart part) {
        try {
            return Objects.requireNonNullElse(part.getContent(String.class), "");
        } catch (IOException | RuntimeException e) {
            // an unknown or unsupported charset ends here too (UnsupportedCharsetException, IllegalCharsetName...)
            throw ApiProblem.badField(part.getName(), "The field " + part.getName() + " could not be read; send it "
                    + "as text in UTF-8.");
        }
    }
}
