package uk.facilitate.imports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import uk.facilitate.web.Pages;

/**
 * The import page: choose a file, see every problem in it (line, column, what is wrong), import it
 * all or nothing, and watch the progress bar while it runs in the background.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImportService imports;

    private final Upload staff = new Upload(ImportKind.STAFF);
    private final Upload accreditations = new Upload(ImportKind.ACCREDITATIONS);
    private String jobId;

    /** A chosen file of one kind and what checking it found. */
    public static final class Upload implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ImportKind kind;
        private String fileName;
        private byte[] content;
        private ImportReport report;

        Upload(ImportKind kind) {
            this.kind = kind;
        }

        public ImportKind getKind() {
            return kind;
        }

        public String getFileName() {
            return fileName;
        }

        public ImportReport getReport() {
            return report;
        }

        public boolean isReady() {
            return report != null && report.ok();
        }

        public List<Column> getColumns() {
            return kind.columns();
        }

        void clear() {
            fileName = null;
            content = null;
            report = null;
        }
    }

    @PostConstruct
    void init() {
        imports.latestJob().filter(ImportJob::running).ifPresent(j -> jobId = j.id());
    }

    /** A file was chosen: check it at once (the upload component says which kind it is). */
    public void upload(FileUploadEvent event) {
        Object kind = event.getComponent().getAttributes().get("kind");
        check(kind == ImportKind.ACCREDITATIONS || "ACCREDITATIONS".equals(String.valueOf(kind)) ? accreditations : staff,
                event);
    }

    private void check(Upload upload, FileUploadEvent event) {
        upload.clear();
        byte[] bytes = event.getFile().getContent();
        String name = event.getFile().getFileName();
        ImportReport report = Pages.attempt(() -> imports.preview(upload.kind, name, bytes));
        if (report != null) {
            upload.fileName = report.fileName();
            upload.content = bytes;
            upload.report = report;
        }
    }

    /** Starts importing the checked file; the page then polls {@link #getJob()} for progress. */
    public void start(Upload upload) {
        if (!upload.isReady()) {
            return;
        }
        ImportJob job = Pages.attempt(() -> imports.start(upload.kind, upload.fileName, upload.content));
        if (job != null) {
            jobId = job.id();
            upload.clear(); // a second click cannot import the same file twice
        }
    }

    public ImportJob getJob() {
        return jobId == null ? null : imports.job(jobId).orElse(null);
    }

    /** Whether the progress bar should keep polling. */
    public boolean isRunning() {
        ImportJob job = getJob();
        return job != null && job.running();
    }

    public Upload getStaff() {
        return staff;
    }

    public Upload getAccreditations() {
        return accreditations;
    }

    public String getSeparator() {
        return CsvValues.LIST_SEPARATOR;
    }

    /** "20,000". */
    public String getMaxRows() {
        return String.format(java.util.Locale.UK, "%,d", CsvFile.MAX_ROWS);
    }
}
