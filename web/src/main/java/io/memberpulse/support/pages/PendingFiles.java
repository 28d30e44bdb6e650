package io.memberpulse.support.pages;

import io.memberpulse.support.attachments.control.FileCheck;
import io.memberpulse.support.attachments.entity.Upload;
import io.memberpulse.support.platform.entity.BusinessException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Files dropped on a form before it is sent, kept with the page's view. Each file is checked the moment it arrives
 * by the same rule the ticket will apply ({@link FileCheck}: real content, size, count), so a refused file is
 * explained beside the upload field while everything else typed on the form stays.
 */
public class PendingFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A kept file: its name, size and bytes. */
    public record Pending(String name, long size, byte[] bytes) implements Serializable {

        public String sizeLabel() {
            return size < 1024 ? size + " B" : size < 1024 * 1024 ? (size / 1024) + " KB"
                    : String.format("%.1f MB", size / (1024.0 * 1024));
        }
    }

    private final List<Pending> files = new ArrayList<>();
    private int maxMegabytes = (int) (FileCheck.MAX_BYTES / (1024 * 1024));

    /** The client's largest file (seed 003's "Max Attachment Size"), checked on arrival and shown in the hint. */
    public void limitTo(int megabytes) {
        this.maxMegabytes = megabytes;
    }

    public int getMaxMegabytes() {
        return maxMegabytes;
    }

    public long getMaxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** Keeps the file, or explains why not under the given field (its client id). */
    public void add(FileUploadEvent event, String fieldClientId) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        if (files.size() >= FileCheck.MAX_FILES) {
            Messages.field(fieldClientId, name + ": at most " + FileCheck.MAX_FILES + " files per message.");
            return;
        }
        byte[] bytes = file.getContent();
        try {
            FileCheck.contentType(new Upload(name, bytes), getMaxBytes());
            files.add(new Pending(FileCheck.safeName(name), bytes.length, bytes));
        } catch (BusinessException refused) {
            Messages.field(fieldClientId, refused.getMessage());
        }
    }

    public void remove(Pending file) {
        files.remove(file);
    }

    public List<Pending> getFiles() {
        return files;
    }

    public List<Upload> uploads() {
        return files.stream().map(f -> new Upload(f.name(), f.bytes())).toList();
    }

    public void clear() {
        files.clear();
    }
}
