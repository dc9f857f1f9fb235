-- Self-entered DBS checks, safeguarding trainings and supervision sessions wait for a manager's
-- verification, as self-entered accreditations do (issue 11). The same four columns as
-- accreditation_record, plus who entered the row. Existing rows become VERIFIED, so nobody loses a
-- qualification: they were counted before and nothing about them is known to be wrong. The app
-- always writes the column itself (PENDING for a person's own entry, VERIFIED for a manager's entry
-- for someone else); the default only applies to rows written by SQL outside the app, which, like
-- historic data loaded by an administrator, are vouched for by whoever loads them.
-- Valid on MySQL 8.0 and MariaDB 10.11+.

ALTER TABLE compliance_check
    ADD COLUMN verification     VARCHAR(16)  NOT NULL DEFAULT 'VERIFIED', -- PENDING, VERIFIED, REJECTED
    ADD COLUMN verified_by      VARCHAR(100) NULL,
    ADD COLUMN verified_at      DATETIME(6)  NULL,
    ADD COLUMN rejection_reason VARCHAR(500) NULL,
    ADD COLUMN created_by       VARCHAR(100) NULL,
    ADD KEY ix_compliance_verification (verification, created_at);

ALTER TABLE supervision_session
    ADD COLUMN verification     VARCHAR(16)  NOT NULL DEFAULT 'VERIFIED', -- PENDING, VERIFIED, REJECTED
    ADD COLUMN verified_by      VARCHAR(100) NULL,
    ADD COLUMN verified_at      DATETIME(6)  NULL,
    ADD COLUMN rejection_reason VARCHAR(500) NULL,
    ADD COLUMN created_by       VARCHAR(100) NULL,
    ADD KEY ix_supervision_verification (verification, created_at);
