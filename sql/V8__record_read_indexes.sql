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

-- A two-byte short id for each programme, so that cover_interval's key starts with it instead of the
-- text id: the whole cover matrix is one pass over that key, and grouping on a SMALLINT instead of a
-- utf8mb4 string made that pass about a quarter faster at national scale. Assigned by the database
-- as programmes are loaded from the catalogue; programmes are never deleted, so it never changes.
ALTER TABLE programme
    ADD COLUMN short_id SMALLINT NOT NULL AUTO_INCREMENT,
    ADD UNIQUE KEY uk_programme_short_id (short_id);

-- cover_interval keyed by the short id (still kept by QualificationIndex in the same transaction as
-- qualification_interval, which keeps the text id).
ALTER TABLE cover_interval ADD COLUMN programme_short_id SMALLINT NULL FIRST;
UPDATE cover_interval ci JOIN programme p ON p.id = ci.programme_id SET ci.programme_short_id = p.short_id;
ALTER TABLE cover_interval
    DROP PRIMARY KEY,
    DROP KEY ix_cover_interval_locality,
    DROP COLUMN programme_id,
    MODIFY programme_short_id SMALLINT NOT NULL,
    ADD PRIMARY KEY (programme_short_id, need_level, locality_id, valid_until, staff_id, valid_from),
    ADD KEY ix_cover_interval_locality (locality_id, programme_short_id, need_level, valid_until, valid_from);
