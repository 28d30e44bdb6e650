package io.memberpulse.support.attachments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.memberpulse.support.attachments.entity.FileTooLarge;
import io.memberpulse.support.attachments.entity.UnsupportedFile;
import io.memberpulse.support.attachments.entity.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileCheckTest {

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", FileCheck.contentType(new Upload("holiday.jpg", pdf)));
        assertThrows(UnsupportedFile.class, () -> FileCheck.contentType(new Upload("invoice.pdf",
                "MZ\u0090\u0000PE".getBytes(StandardCharsets.ISO_8859_1))));
        assertThrows(UnsupportedFile.class, () -> FileCheck.contentType(new Upload("notes.txt",
                "just text".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aZipIsAcceptedOnlyWhenItIsAWordDocument() throws Exception {
        assertEquals(FileCheck.DOCX, FileCheck.contentType(new Upload("a.docx", zip("word/document.xml"))));
        assertThrows(UnsupportedFile.class, () -> FileCheck.contentType(new Upload("a.docx", zip("payload.exe"))));
    }

    @Test
    void overTenMegabytesIsRefused() {
        byte[] big = new byte[(int) FileCheck.MAX_BYTES + 1];
        big[0] = '%';
        assertThrows(FileTooLarge.class, () -> FileCheck.contentType(new Upload("big.pdf", big)));
    }

    @Test
    void namesLoseTheirPathAndAnythingThatCouldBreakAHeader() {
        assertEquals("report.pdf", FileCheck.safeName("C:\\Users\\me\\report.pdf"));
        assertEquals("evil.pdf", FileCheck.safeName("../../etc/evil.pdf"));
        assertEquals("ab.pdf", FileCheck.safeName("a\"\r\nb.pdf"));
        assertEquals("attachment", FileCheck.safeName("  "));
    }

    private static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(1);
        }
        return bytes.toByteArray();
    }
}
