package uk.facilitate.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.InvalidInput;

/** Certificates are recognised by their content and size, never by their name or claimed type. */
class CertificateTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfJpegAndPngAreRecognisedByTheirFirstBytes() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertEquals(EvidenceType.PDF, Certificate.read(new ByteArrayInputStream(PDF)).type());
        assertEquals(EvidenceType.JPEG, Certificate.of(jpeg).type());
        assertEquals(EvidenceType.PNG, Certificate.of(png).type());
        assertEquals("application/pdf", EvidenceType.PDF.mediaType());
    }

    @Test
    void aTextFileNamedPdfIsRefusedWithAMessageOnTheFileField() {
        byte[] text = "Certificate of attendance: Solihull Approach foundation".getBytes(StandardCharsets.UTF_8);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Certificate.of(text));

        assertEquals("file", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("PDF, JPEG or PNG"), refused.getMessage());
    }

    @Test
    void exactlyFiveMegabytesIsAcceptedAndOneByteMoreIsRefusedWithoutReadingTheRest() {
        byte[] limit = Arrays.copyOf(PDF, Certificate.MAX_BYTES);
        assertEquals(EvidenceType.PDF, Certificate.of(limit).type());

        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return served[0] <= PDF.length ? PDF[(int) served[0] - 1] : 'x';
            }
        };
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Certificate.read(endless));

        assertTrue(refused.getMessage().contains("larger than 5 MB"), refused.getMessage());
        assertEquals(Certificate.MAX_BYTES + 1L, served[0], "reading stops one byte past the limit");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(InvalidInput.class, () -> Certificate.of(new byte[0]));
        assertTrue(EvidenceType.detect(new byte[] {'%', 'P'}).isEmpty(), "too short for any signature");
    }
}
