-- Cover: why each qualified run ends (so forecasts explain drops), cover targets, and delivery groups.
-- Valid on MySQL 8.0 and MariaDB 10.11+.

-- The rules that stop being met the day after valid_until, as rule names joined by commas
-- (e.g. 'ACCREDITATION_CURRENT,DBS_CURRENT'); NULL when the run has no known end.
ALTER TABLE qualification_interval ADD COLUMN end_causes VARCHAR(160) NULL;

-- How many qualified facilitators a programme needs, at a need level (NULL: every level) and in a
-- locality (NULL: every locality). The most specific target wins; without one the catalogue's
-- facilitators per group is the target, and without that a cell has none.
CREATE TABLE cover_target (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id    VARCHAR(64)  NOT NULL,
    need_level      TINYINT      NULL,
    locality_id     BIGINT       NULL,
    target_count    INT          NOT NULL,
    -- NULL never equals NULL in a unique key, so the scope is made unique through these.
    need_level_key  TINYINT      AS (COALESCE(need_level, 0)) STORED,
    locality_key    BIGINT       AS (COALESCE(locality_id, 0)) STORED,
    version         BIGINT       NOT NULL DEFAULT 0,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_cover_target_scope (programme_id, need_level_key, locality_key),
    CONSTRAINT fk_cover_target_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_cover_target_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A group a coordinator plans: weekly sessions from start_date; end_date is the last session's date.
CREATE TABLE delivery_group (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id  VARCHAR(64)  NOT NULL,
    need_level    TINYINT      NOT NULL,
    setting_id    BIGINT       NOT NULL,
    locality_id   BIGINT       NOT NULL,
    start_date    DATE         NOT NULL,
    sessions      INT          NOT NULL,
    end_date      DATE         NOT NULL,
    notes         VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_group_locality (locality_id, start_date),
    KEY ix_group_dates (start_date, end_date),
    CONSTRAINT fk_group_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_group_setting FOREIGN KEY (setting_id) REFERENCES setting (id),
    CONSTRAINT fk_group_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_group_facilitator (
    group_id     BIGINT       NOT NULL,
    staff_id     BIGINT       NOT NULL,
    assigned_at  DATETIME(6)  NOT NULL,
    assigned_by  VARCHAR(100) NULL,
    PRIMARY KEY (group_id, staff_id),
    KEY ix_group_facilitator_staff (staff_id, group_id),
    CONSTRAINT fk_dgf_group FOREIGN KEY (group_id) REFERENCES delivery_group (id),
    CONSTRAINT fk_dgf_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

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

-- Existing runs, for databases that already hold some (new ones start empty).
INSERT INTO cover_interval (programme_id, need_level, locality_id, valid_until, staff_id, valid_from, end_causes)
SELECT qi.programme_id, qi.need_level, sl.locality_id, qi.valid_until, qi.staff_id, qi.valid_from, qi.end_causes
FROM qualification_interval qi JOIN staff_locality sl ON sl.staff_id = qi.staff_id;
