package uk.facilitate.platform.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * One backup is one zip: {@code database.sql} (a {@link DatabaseDump}), the evidence files under
 * {@code evidence/}, and {@code manifest.sha256} listing the SHA-256 of every other entry in
 * {@code sha256sum} format, so the archive can also be checked by hand after unzipping.
 * A restore verifies every checksum before it touches anything and only fills an empty target.
 */
public final class BackupArchive {

    public static final String DATABASE = "database.sql";
    public static final String MANIFEST = "manifest.sha256";
    public static final String EVIDENCE = "evidence/";
    /** Evidence names the app writes (see EvidenceStore); anything else in an archive is refused. */
    private static final Pattern EVIDENCE_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,200}");
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (\\S+)");

    /** What a backup holds, for the log and the API answer. */
    public record Summary(Path file, int evidenceFiles, long bytes, String sha256) {
    }

    private BackupArchive() {
    }

    /**
     * Writes a backup to {@code target} (via a temporary file, so a failed backup leaves nothing
     * half-written under that name). The database snapshot is taken first, then the evidence
     * folder is copied: every file a snapshot row names was written before its row committed.
     */
    public static Summary write(Connection connection, Path evidenceFolder, Path target) throws IOException, SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Map<String, String> checksums = new LinkedHashMap<>();
        int evidence = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(DATABASE));
            MessageDigest digest = sha256();
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                    new DigestOutputStream(unclosable(zip), digest), StandardCharsets.UTF_8));
            DatabaseDump.write(connection, writer);
            writer.flush();
            zip.closeEntry();
            checksums.put(DATABASE, hex(digest));
            for (Path file : evidenceFiles(evidenceFolder)) {
                String entry = EVIDENCE + file.getFileName();
                zip.putNextEntry(new ZipEntry(entry));
                MessageDigest fileDigest = sha256();
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), fileDigest)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                checksums.put(entry, hex(fileDigest));
                evidence++;
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringBuilder manifest = new StringBuilder();
            checksums.forEach((name, sum) -> manifest.append(sum).append("  ").append(name).append('\n'));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(target, evidence, Files.size(target), checksum(target));
    }

    /** The default name of a backup taken now, e.g. {@code facilitate-backup-20261204T162243Z.zip}. */
    public static String nameFor(Instant when) {
        return "facilitate-backup-" + when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()
                .replace("-", "").replace(":", "") + ".zip";
    }

    /**
     * Checks the archive: a manifest, every entry listed in it with a matching SHA-256, no entry
     * missing or unlisted, and only names a backup writes. Returns the listed entries.
     */
    public static List<String> verify(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new BackupException(archive + " is not a Facilitate backup: it has no " + MANIFEST);
            }
            Map<String, String> listed = new LinkedHashMap<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(manifestEntry),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    var match = MANIFEST_LINE.matcher(line);
                    if (!match.matches()) {
                        throw new BackupException(MANIFEST + " has a line that is not '<sha256>  <entry>': " + line);
                    }
                    if (!allowedName(match.group(2))) {
                        throw new BackupException(MANIFEST + " names an entry no Facilitate backup holds: " + match.group(2));
                    }
                    listed.put(match.group(2), match.group(1));
                }
            }
            if (!listed.containsKey(DATABASE)) {
                throw new BackupException(MANIFEST + " does not list " + DATABASE);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int seen = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(MANIFEST)) {
                    continue;
                }
                String expected = listed.get(entry.getName());
                if (expected == null) {
                    throw new BackupException(entry.getName() + " is in the archive but not in " + MANIFEST);
                }
                MessageDigest digest = sha256();
                try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (!hex(digest).equals(expected)) {
                    throw new BackupException(entry.getName() + " does not match its SHA-256 in " + MANIFEST
                            + ": the archive is damaged");
                }
                seen++;
            }
            if (seen != listed.size()) {
                throw new BackupException(MANIFEST + " lists " + listed.size() + " entries but the archive holds "
                        + seen + ": the archive is incomplete");
            }
            return List.copyOf(listed.keySet());
        }
    }

    /**
     * Verifies the archive, then fills an empty database and an empty (or absent) evidence folder
     * from it. Refuses, changing nothing, if either target already holds anything.
     */
    public static int restore(Path archive, Connection connection, Path evidenceFolder) throws IOException, SQLException {
        List<String> entries = verify(archive);
        List<String> tables = DatabaseDump.existingTables(connection);
        if (!tables.isEmpty()) {
            throw new BackupException("The target database is not empty (" + tables.size() + " tables, e.g. "
                    + tables.get(0) + "): restore only into an empty database");
        }
        if (Files.isDirectory(evidenceFolder)) {
            try (Stream<Path> files = Files.list(evidenceFolder)) {
                if (files.findAny().isPresent()) {
                    throw new BackupException("The evidence folder " + evidenceFolder
                            + " is not empty: restore only into an empty data folder");
                }
            }
        }
        int evidence = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            try (BufferedReader dump = new BufferedReader(new InputStreamReader(
                    zip.getInputStream(zip.getEntry(DATABASE)), StandardCharsets.UTF_8))) {
                DatabaseDump.load(dump, connection);
            }
            Files.createDirectories(evidenceFolder);
            for (String entry : entries) {
                if (entry.startsWith(EVIDENCE)) {
                    try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
                        Files.copy(in, evidenceFolder.resolve(entry.substring(EVIDENCE.length())));
                    }
                    evidence++;
                }
            }
        }
        return evidence;
    }

    /** SHA-256 of a whole file, as hex. */
    public static String checksum(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(digest);
    }

    private static boolean allowedName(String name) {
        return name.equals(DATABASE)
                || name.startsWith(EVIDENCE) && EVIDENCE_NAME.matcher(name.substring(EVIDENCE.length())).matches()
                && !name.contains("..");
    }

    private static List<Path> evidenceFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> kept = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".part")) // an upload still being written
                    .filter(file -> EVIDENCE_NAME.matcher(file.getFileName().toString()).matches())
                    .sorted()
                    .forEach(kept::add);
            return kept;
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush(); // the zip entry is closed by its owner
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A backup that cannot be written or restored, with a sentence saying why; nothing was changed. */
    public static final class BackupException extends IOException {
        public BackupException(String message) {
            super(message);
        }
    }
}
