-- The borough's local settings per programme, laid over the catalogue's sourced facts: the
-- catalogue files say what the sources say; administrators record here where the borough's own
-- policy differs, with the reason (also written to the audit trail). A NULL column, or a FALSE
-- *_set flag, means "as the catalogue says". Valid on MySQL 8.0 and MariaDB 10.11+.
CREATE TABLE programme_local_setting (
    programme_id                   VARCHAR(64)  NOT NULL,
    need_levels                    VARCHAR(16)  NULL,      -- e.g. '2,3,4'; '' = none; NULL = as the catalogue
    minimum_levels                 VARCHAR(64)  NULL,      -- e.g. '3:6,4:6' (need level:RQF level); '' = none; NULL = as the catalogue
    validity_set                   BOOLEAN      NOT NULL DEFAULT FALSE,
    validity_months                INT          NULL,      -- with validity_set: NULL = does not expire
    supervision_set                BOOLEAN      NOT NULL DEFAULT FALSE,
    supervision_required           BOOLEAN      NOT NULL DEFAULT FALSE,
    supervision_max_interval_days  INT          NULL,
    reason                         VARCHAR(1000) NOT NULL,
    changed_by                     VARCHAR(100) NOT NULL,
    changed_at                     DATETIME(6)  NOT NULL,
    version                        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id),
    CONSTRAINT fk_local_setting_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
