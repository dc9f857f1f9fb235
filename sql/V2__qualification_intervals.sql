-- Precomputed answers of the qualification engine: for each person, programme and need level,
-- the date ranges in which they may facilitate. Recomputed for a person in the same transaction
-- as every change to their records, and for everyone when a catalogue rule or a setting changes.
-- valid_until is the last qualified day; 9999-12-31 means no known end.
CREATE TABLE qualification_interval (
    staff_id      BIGINT      NOT NULL,
    programme_id  VARCHAR(64) NOT NULL,
    need_level    TINYINT     NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_until   DATE        NOT NULL,
    PRIMARY KEY (staff_id, programme_id, need_level, valid_from),
    KEY ix_qualification_cell (programme_id, need_level, valid_from, valid_until, staff_id),
    CONSTRAINT fk_qi_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
