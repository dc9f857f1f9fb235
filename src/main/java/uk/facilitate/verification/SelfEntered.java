package uk.facilitate.verification;

import java.time.Instant;

/** A record someone may enter for themselves and a manager then verifies: DBS, safeguarding, supervision. */
public interface SelfEntered {

    Long getId();

    /** The person the record belongs to. */
    Long getStaffId();

    long getVersion();

    Instant getCreatedAt();

    EntryVerification getVerification();
}
