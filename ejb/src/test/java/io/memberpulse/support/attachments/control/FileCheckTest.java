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

    private static final long MAX = FileCheck.MAX_BYTES;

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", FileCheck.contentType(new Upload("holiday.jpg", pdf), MAX));
        assertThrows(UnsupportedFile.class, () -> FileCheck.contentType(new Upload("invoice.pdf",
                "MZ\u0090\u0000PE".getBytes(StandardCharsets.ISO_8859_1)), MAX));
        assertThrows(UnsupportedFile.class, () -> FileCheck.contentType(new Upload("notes.txt",
                "just text".getBytes(StandardCharsets.US_ASCII)), MAX));
    }

    @Test
    void aZipIsAcceptedOnlyWhenItIsAWordDocument() throws Exception {
        assertEquals(FileCheck.DOCX, FileCheck.contentType(new Upload("a.docx", zip("word/document.xml")), MAX));
        assertThrows(UnsupportedFile.class, () -> FileCheck.contentType(new Upload("a.docx", zip("payload.exe")), MAX));
    }

    @Test
    void overTenMegabytesIsRefused() {
        byte[] big = new byte[(int) FileCheck.MAX_BYTES + 1];
        big[0] = '%';
        assertThrows(FileTooLarge.class, () -> FileCheck.contentType(new Upload("big.pdf", big), MAX));
    }

    @Test
    void aClientsLowerLimitIsHonouredButNeverRaisedAboveTheProducts() {
        byte[] overTwo = new byte[2 * 1024 * 1024 + 1];
        overTwo[0] = '%';
        FileTooLarge refused = assertThrows(FileTooLarge.class,
                () -> FileCheck.contentType(new Upload("scan.pdf", overTwo), 2 * 1024 * 1024));
        assertEquals("scan.pdf is larger than 2 MB.", refused.getMessage());
        byte[] big = new byte[(int) MAX + 1];
        big[0] = '%';
        assertThrows(FileTooLarge.class, () -> FileCheck.contentType(new Upload("big.pdf", big), 100 * MAX));
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
