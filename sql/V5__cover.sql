-- Cover: why each qualified run ends (so forecasts explain drops), cover targets, and delivery groups.
-- Valid on MySQL 8.0 and MariaDB 10.11+.

-- The rules that stop being met the day after valid_until, as rule names joined by commas
-- (e.g. 'ACCREDITATION_CURRENT,DBS_CURRENT'); NULL when the run has no known end.
ALTER TABLE qualification_interval ADD COLUMN end_causes VARCHAR(160) NULL;

-- The cover matrix for a date reads the runs still going on that date; this index holds every column
-- it needs, ordered so a date near today skips the runs that ended long ago.
CREATE INDEX ix_qualification_date ON qualification_interval (valid_until, valid_from, programme_id, need_level, staff_id);

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
