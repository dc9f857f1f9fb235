package uk.facilitate.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uk.facilitate.shared.InvalidInput;

/**
 * An uploaded certificate that has passed the checks: at most {@link #MAX_BYTES}, and a PDF, JPEG
 * or PNG by its content. Reading stops one byte past the limit, so an oversized upload is never
 * held in full. Problems are reported against the field {@code file}.
 *
 * @param content the file's bytes
 * @param type    what the content is
 */
public record Certificate(byte[] content, EvidenceType type) {

    /** 5 MB, the most a certificate may be. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String FIELD = "file";

    /** Reads and checks an upload; throws {@link InvalidInput} on the field {@code file} when it is refused. */
    public static Certificate read(InputStream in) {
        byte[] content;
        try (in) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate upload could not be read", e);
        }
        return of(content);
    }

    /** Checks bytes already received. */
    public static Certificate of(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of(FIELD, "The certificate file is empty: choose the PDF, JPEG or PNG of the certificate");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInput.of(FIELD, "The certificate file is larger than 5 MB: scan it at a lower resolution"
                    + " or save it as a smaller PDF, JPEG or PNG");
        }
        EvidenceType type = EvidenceType.detect(content).orElseThrow(() -> InvalidInput.of(FIELD,
                "The certificate must be a PDF, JPEG or PNG file, and this file's content is none of those"
                        + " (whatever its name says)"));
        return new Certificate(content, type);
    }
}
