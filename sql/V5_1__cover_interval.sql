-- The qualified runs of qualification_interval once per locality each person serves, ordered so the
-- cover matrix is one pass in index order with no join and no temporary table: at national scale
-- (50,000 staff in 1-3 of 300 localities) the join to staff_locality and the grouping on the fly were
-- the slow part. Kept exactly in step with qualification_interval by QualificationIndex, in the same
-- transaction, whenever a person's records or localities change.
CREATE TABLE cover_interval (
    programme_id  VARCHAR(64)  NOT NULL,
    need_level    TINYINT      NOT NULL,
    locality_id   BIGINT       NOT NULL,
    valid_until   DATE         NOT NULL,
    staff_id      BIGINT       NOT NULL,
    valid_from    DATE         NOT NULL,
    end_causes    VARCHAR(160) NULL,
    PRIMARY KEY (programme_id, need_level, locality_id, valid_until, staff_id, valid_from),
    -- a coordinator's few localities: the same order within each locality
    KEY ix_cover_interval_locality (locality_id, programme_id, need_level, valid_until, valid_from),
    KEY ix_cover_interval_staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The matrix no longer reads qualification_interval by date.
DROP INDEX ix_qualification_date ON qualification_interval;

-- Existing runs, for databases that already hold some (new ones start empty).
INSERT INTO cover_interval (programme_id, need_level, locality_id, valid_until, staff_id, valid_from, end_causes)
SELECT qi.programme_id, qi.need_level, sl.locality_id, qi.valid_until, qi.staff_id, qi.valid_from, qi.end_causes
FROM qualification_interval qi JOIN staff_locality sl ON sl.staff_id = qi.staff_id;
