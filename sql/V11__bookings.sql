-- Renewals booked ahead (issue 13, item 2): a supervision session, DBS re-check or safeguarding
-- refresh booked for a date. Kept apart from supervision_session and compliance_check on purpose:
-- those tables are what a person holds, and every reader of them (the engine, the index, the cover
-- SQL) would otherwise need a status filter, and one forgotten filter would let a booking count for
-- today's verdict. When a booking is marked held, the session or check is logged in its own table
-- and held_record_id points to it.
-- Valid on MySQL 8.0 and MariaDB 10.11+.

CREATE TABLE booking (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    staff_id          BIGINT       NOT NULL,
    renewal           VARCHAR(16)  NOT NULL,         -- SUPERVISION, DBS, SAFEGUARDING
    booked_for        DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL,         -- BOOKED, HELD, CANCELLED
    supervision_kind  VARCHAR(24)  NULL,             -- SUPERVISION only
    supervisor_id     BIGINT       NULL,             -- SUPERVISION only
    supervisor_name   VARCHAR(200) NULL,             -- SUPERVISION only, when not on our staff list
    programme_id      VARCHAR(64)  NULL,             -- SUPERVISION only; NULL = general supervision
    safeguarding_level INT         NULL,             -- SAFEGUARDING only: the level of the course booked
    notes             VARCHAR(2000) NULL,
    held_record_id    BIGINT       NULL,             -- the supervision_session or compliance_check logged
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY ix_booking_staff (staff_id, status, booked_for),
    CONSTRAINT fk_booking_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_booking_supervisor FOREIGN KEY (supervisor_id) REFERENCES staff_member (id),
    CONSTRAINT fk_booking_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
