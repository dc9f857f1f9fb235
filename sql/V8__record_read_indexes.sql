-- Wider indexes on two record tables, so that reading a person's accreditations and supervision
-- for a date needs no row lookups: the set-based loading of many people's records and the plain-SQL
-- cover reference (docs/benchmarks.md) both read them by person. Each replaces the narrower index
-- it extends (same leading columns, so every query and foreign key that used it still can).
-- Valid on MySQL 8.0 and MariaDB 10.11+.

-- "Was this person supervised between these dates, generally or for this programme?"
ALTER TABLE supervision_session
    ADD KEY ix_supervision_supervisee_date (supervisee_id, session_date, programme_id),
    DROP KEY ix_supervision_supervisee;

-- "Which current, verified accreditations does this person hold?"
ALTER TABLE accreditation_record
    ADD KEY ix_accreditation_staff_current (staff_id, programme_id, verification, stage, awarded_on, expires_on),
    DROP KEY ix_accreditation_staff;
