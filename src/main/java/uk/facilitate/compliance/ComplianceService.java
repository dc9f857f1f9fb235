package uk.facilitate.compliance;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.RecordsChanged;
import uk.facilitate.shared.Today;
import uk.facilitate.verification.EntryVerification;

/** DBS and safeguarding records. */
@ApplicationScoped
@Transactional
public class ComplianceService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Today today;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<RecordsChanged> recordsChanged;

    public ComplianceCheck add(long staffId, ComplianceInput input) {
        access.requireEditRecordsOf(staffId);
        List<InvalidInput.Problem> problems = new ArrayList<>(Inputs.problems(input));
        if (input.kind() == null) {
            problems.add(new InvalidInput.Problem("kind", "Choose DBS or SAFEGUARDING"));
        }
        if (input.date() == null) {
            problems.add(new InvalidInput.Problem("date", "Give the date of issue or completion"));
        } else if (input.date().isAfter(today.date())) {
            problems.add(new InvalidInput.Problem("date", "The date cannot be in the future"));
        }
        if (input.kind() == ComplianceCheck.Kind.DBS && input.certificateNumber() != null
                && !input.certificateNumber().isBlank() && !input.certificateNumber().strip().matches("\\d{12}")) {
            problems.add(new InvalidInput.Problem("certificateNumber", "A DBS certificate number is 12 digits"));
        }
        if (input.kind() == ComplianceCheck.Kind.SAFEGUARDING
                && (input.safeguardingLevel() == null || input.safeguardingLevel() < 1 || input.safeguardingLevel() > 5)) {
            problems.add(new InvalidInput.Problem("safeguardingLevel", "Safeguarding level must be 1 to 5"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EntryVerification verification = EntryVerification.enteredBy(access, staffId);
        ComplianceCheck check = input.kind() == ComplianceCheck.Kind.DBS
                ? ComplianceCheck.dbs(staffId, input.date(),
                        blankToNull(input.certificateNumber()),
                        input.updateService(), verification)
                : ComplianceCheck.safeguarding(staffId, input.date(), input.safeguardingLevel(), verification);
        em.persist(check);
        em.flush();
        audit.record("COMPLIANCE_ADDED", "ComplianceCheck", check.getId(), "staff " + staffId + " " + input.kind()
                + (verification.isVerified() ? ", verified on entry" : ", waiting for verification"));
        recordsChanged.fire(RecordsChanged.of(staffId));
        return check;
    }

    public List<ComplianceCheck> checksOf(long staffId) {
        access.requireReadStaff(staffId);
        return em.createQuery("SELECT c FROM ComplianceCheck c WHERE c.staffId = :staff ORDER BY c.checkedOn DESC",
                ComplianceCheck.class).setParameter("staff", staffId).getResultList();
    }
}
