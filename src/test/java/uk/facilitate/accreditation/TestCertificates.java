package uk.facilitate.accreditation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Certificate files for tests, made by the tests themselves. */
public final class TestCertificates {

    /** A small, real PDF (one empty A4 page), as a scanner would send. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private TestCertificates() {
    }

    /** Writes the PDF to a new file named like a scanned certificate; returns its path. */
    public static Path pdfFile() {
        try {
            Path file = Files.createTempFile("solihull-certificate-", ".pdf");
            Files.write(file, PDF);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
