package uk.facilitate.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore trusts nothing it has not checked: damaged, incomplete or padded archives are refused by name. */
class BackupArchiveTest {

    private static final String DUMP = "SET NAMES utf8mb4;\nCREATE TABLE `kept` (`note` varchar(100));\n";
    private static final String CERTIFICATE_NAME = "evidence/0b6f4f5e-1c1d-4a8e-9d53-2f0c1e5b7a10.pdf";

    @TempDir
    Path folder;

    @Test
    void anArchiveWhoseEntriesMatchTheirChecksumsIsAccepted() throws Exception {
        Path archive = archive(Map.of(BackupArchive.DATABASE, DUMP, CERTIFICATE_NAME, "%PDF-1.4"), null);

        assertEquals(List.of(BackupArchive.DATABASE, CERTIFICATE_NAME), BackupArchive.verify(archive));
    }

    @Test
    void aCertificateChangedAfterTheBackupIsRefusedNamingIt() throws Exception {
        Path archive = archive(Map.of(BackupArchive.DATABASE, DUMP, CERTIFICATE_NAME, "%PDF-1.4"),
                Map.of(CERTIFICATE_NAME, "%PDF-1.4 altered"));

        IOException refused = assertThrows(IOException.class, () -> BackupArchive.verify(archive));
        assertTrue(refused.getMessage().contains(CERTIFICATE_NAME + " does not match its SHA-256"), refused.getMessage());
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        Path archive = archive(Map.of(BackupArchive.DATABASE, DUMP), Map.of("evidence/extra.pdf", "%PDF-1.4"));

        IOException refused = assertThrows(IOException.class, () -> BackupArchive.verify(archive));
        assertTrue(refused.getMessage().contains("evidence/extra.pdf is in the archive but not in"), refused.getMessage());
    }

    @Test
    void aManifestNamingAPathOutsideTheEvidenceFolderIsRefused() throws Exception {
        Path archive = archive(Map.of(BackupArchive.DATABASE, DUMP, "evidence/../../etc/cron.d/x", "* * * * * root id"), null);

        IOException refused = assertThrows(IOException.class, () -> BackupArchive.verify(archive));
        assertTrue(refused.getMessage().contains("names an entry no Facilitate backup holds"), refused.getMessage());
    }

    @Test
    void anArchiveWithoutAManifestIsNotABackup() throws Exception {
        Path archive = folder.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry(BackupArchive.DATABASE));
            zip.write(DUMP.getBytes(StandardCharsets.UTF_8));
        }

        IOException refused = assertThrows(IOException.class, () -> BackupArchive.verify(archive));
        assertTrue(refused.getMessage().contains("is not a Facilitate backup"), refused.getMessage());
    }

    @Test
    void aNameForNowSortsByTimeAndHasNoColons() {
        assertEquals("facilitate-backup-20261204T162243Z.zip",
                BackupArchive.nameFor(java.time.Instant.parse("2026-12-04T16:22:43.917Z")));
    }

    /** An archive whose manifest lists {@code listed}; {@code actual} (if given) replaces or adds entries after hashing. */
    private Path archive(Map<String, String> listed, Map<String, String> actual) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>(new java.util.TreeMap<>(listed));
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(entry.getValue().getBytes(StandardCharsets.UTF_8));
            manifest.append(HexFormat.of().formatHex(sum)).append("  ").append(entry.getKey()).append('\n');
        }
        if (actual != null) {
            entries.putAll(actual);
        }
        Path archive = folder.resolve("backup.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        }
        return archive;
    }
}
