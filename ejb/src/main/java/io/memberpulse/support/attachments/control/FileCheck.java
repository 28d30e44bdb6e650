package io.memberpulse.support.attachments.control;

import io.memberpulse.support.attachments.entity.CheckedFile;
import io.memberpulse.support.attachments.entity.FileTooLarge;
import io.memberpulse.support.attachments.entity.UnsupportedFile;
import io.memberpulse.support.attachments.entity.Upload;
import io.memberpulse.support.platform.entity.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * The attachment rules of seed 002: at most 5 files a message, 10 MB each, JPG, PNG, PDF, DOC or DOCX judged by
 * the bytes (Apache Tika's magic numbers), never by the file name, so a renamed executable is refused. A client
 * may lower the size limit (seed 003's "Max Attachment Size"), never raise it.
 */
public final class FileCheck {

    public static final int MAX_FILES = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Tika TIKA = new Tika();

    private FileCheck() {
    }

    /**
     * Checks a message's files, all or none, each against the size limit given (at most {@link #MAX_BYTES}): the
     * result carries each file's real type and a safe name.
     */
    public static List<CheckedFile> check(List<Upload> uploads, long maxBytes) {
        if (uploads.size() > MAX_FILES) {
            throw new RuleViolation("files", "At most " + MAX_FILES + " files per message.");
        }
        return uploads.stream()
                .map(upload -> new CheckedFile(safeName(upload.fileName()), contentType(upload, maxBytes),
                        upload.bytes()))
                .toList();
    }

    /** The real type of the file, or a refusal. */
    public static String contentType(Upload upload, long maxBytes) {
        if (upload.bytes().length == 0) {
            throw new RuleViolation("files", upload.fileName() + " is empty.");
        }
        long limit = Math.min(maxBytes, MAX_BYTES);
        if (upload.bytes().length > limit) {
            throw new FileTooLarge(upload.fileName() + " is larger than " + megabytes(limit) + ".");
        }
        String detected = TIKA.detect(upload.bytes());
        return switch (detected) {
            case "image/jpeg", "image/png", "application/pdf" -> detected;
            case "application/x-tika-msoffice", "application/msword" -> "application/msword";
            case "application/zip", "application/x-tika-ooxml", DOCX -> {
                if (isWordDocument(upload.bytes())) {
                    yield DOCX;
                }
                throw refuse(upload, detected);
            }
            default -> throw refuse(upload, detected);
        };
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : (bytes / 1024) + " KB";
    }

    /** A DOCX is a ZIP with a word/document.xml part; any other ZIP is refused. */
    private static boolean isWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static UnsupportedFile refuse(Upload upload, String detected) {
        return new UnsupportedFile(upload.fileName() + " is not a JPG, PNG, PDF, DOC or DOCX file (its content is "
                + detected + ").");
    }

    /** A name safe to store and to offer in a Content-Disposition header. */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = "attachment";
        }
        return base.length() <= 200 ? base : base.substring(base.length() - 200);
    }
}
