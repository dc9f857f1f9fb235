package uk.facilitate.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.accreditation.EvidenceType;
import uk.facilitate.web.Pages;

/**
 * The verification queue ({@code /manager/verification.xhtml}): accreditations, DBS checks, safeguarding
 * trainings and supervision sessions waiting for a manager, oldest first, a page at a time; verify, or reject with a reason. Each decision carries the
 * version the manager saw, so a record changed meanwhile is reported, never silently overwritten.
 */
@Named("verificationQueue")
@ViewScoped
public class VerificationQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VerificationService verification;

    /**
     * One waiting record as the queue shows it; for a check or supervision session {@code programme} says
     * what it is, {@code stage} what was entered and {@code awardedOn} its date.
     */
    public record Row(VerificationService.Kind kind, long id, long staffId, String person, String programme, String stage,
                      LocalDate awardedOn, LocalDate expiresOn, String awardingBody, String certificateRef,
                      String evidenceType, String loggedBy, Instant loggedAt, long version) implements Serializable {
        public boolean isAccreditation() {
            return kind == VerificationService.Kind.ACCREDITATION;
        }

        /** "PDF", "JPEG" or "PNG", for the evidence link. */
        public String evidenceLabel() {
            return evidenceType == null ? null : EvidenceType.ofMediaType(evidenceType).map(Enum::name).orElse("file");
        }
    }

    private String name;
    private Row selected;
    private String reason;

    private final LazyDataModel<Row> queue = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) verification.countWaiting(name);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return verification.waiting(name, first, pageSize).stream().map(VerificationQueuePage::row).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.kind() + "-" + row.id();
        }

        @Override
        public Row getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    };

    private static Row row(VerificationService.Pending p) {
        AccreditationRecord a = p.accreditation();
        return new Row(p.kind(), p.id(), p.staffId(), p.staffName(), p.what(), p.details(), p.date(),
                a == null ? null : a.getExpiresOn(), a == null ? null : a.getAwardingBody(),
                a == null ? null : a.getCertificateRef(), a == null ? null : a.getEvidenceType(), p.loggedBy(),
                p.loggedAt(), p.version());
    }

    public void verify(Row row) {
        if (Pages.attempt(() -> verification.verify(row.kind(), row.id(), row.version())) != null) {
            Messages.addGlobalInfo("Verified {0}''s {1} record ({2}).", row.person(), row.programme(),
                    row.stage().toLowerCase());
        }
    }

    public void startRejecting(Row row) {
        selected = row;
        reason = null;
    }

    public void reject() {
        Row row = selected;
        if (row != null && Pages.attempt(() -> verification.reject(row.kind(), row.id(), row.version(), reason)) != null) {
            Messages.addGlobalInfo("Rejected {0}''s {1} record; they will see your reason on their record.",
                    row.person(), row.programme());
            selected = null;
            reason = null;
        }
    }

    public LazyDataModel<Row> getQueue() {
        return queue;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Row getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
