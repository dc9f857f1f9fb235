-- Cohort planning: training events (cohorts) with their dated sessions, nominations with a FIFO
-- waitlist and line-manager release, the per-session attendance register, and the borough's
-- recommended foundations (advice only, never a refusal). Valid on MySQL 8.0 and MariaDB 10.11+.

CREATE TABLE training_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    title            VARCHAR(200)  NOT NULL,
    programme_id     VARCHAR(64)   NOT NULL,
    steps            VARCHAR(500)  NOT NULL,          -- training-path step ids delivered, comma-separated, in path order
    provider         VARCHAR(200)  NULL,              -- provider or trainer
    venue            VARCHAR(200)  NULL,
    online           BOOLEAN       NOT NULL DEFAULT FALSE,
    locality_id      BIGINT        NULL,              -- optional, for filtering
    capacity         INT           NOT NULL,
    cost_basis       VARCHAR(16)   NOT NULL,          -- PER_PARTICIPANT or PER_COHORT
    cost_pounds      DECIMAL(12,2) NOT NULL,
    budget_code      VARCHAR(40)   NULL,
    status           VARCHAR(16)   NOT NULL,          -- PLANNED, OPEN, CONFIRMED, RUNNING, COMPLETED, CANCELLED
    status_reason    VARCHAR(500)  NULL,              -- why it was cancelled
    completion_rule  VARCHAR(200)  NULL,              -- the borough's completion rule applied on completion
    completed_at     DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    KEY ix_event_status (status, programme_id),
    KEY ix_event_programme (programme_id, status),
    KEY ix_event_locality (locality_id),
    KEY ix_event_budget (budget_code, status),
    CONSTRAINT fk_event_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_event_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One dated session of an event, tied to the training-path step it delivers.
CREATE TABLE training_session (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      BIGINT       NOT NULL,
    session_date  DATE         NOT NULL,
    starts_at     TIME         NOT NULL,
    ends_at       TIME         NOT NULL,
    step_id       VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_session_event (event_id, session_date),
    KEY ix_session_date (session_date, event_id),
    CONSTRAINT fk_session_event FOREIGN KEY (event_id) REFERENCES training_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's nomination to an event; one row per person and event (re-nominating reuses it).
CREATE TABLE nomination (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    event_id                  BIGINT        NOT NULL,
    staff_id                  BIGINT        NOT NULL,
    status                    VARCHAR(16)   NOT NULL,  -- REQUESTED, CONFIRMED, WAITLISTED, WITHDRAWN, REFUSED, CANCELLED
    status_reason             VARCHAR(500)  NULL,
    self_nominated            BOOLEAN       NOT NULL DEFAULT FALSE,
    nominated_by              VARCHAR(100)  NOT NULL,
    nominated_at              DATETIME(6)   NOT NULL,
    queued_at                 DATETIME(6)   NOT NULL,  -- FIFO order of the waitlist
    approved_by               VARCHAR(100)  NULL,
    approved_at               DATETIME(6)   NULL,
    released_by               VARCHAR(100)  NULL,      -- line manager's release ("agencies releasing staff")
    released_at               DATETIME(6)   NULL,
    outcome                   VARCHAR(16)   NULL,      -- COMPLETED or NOT_COMPLETED, set when the event completes
    outcome_reason            VARCHAR(500)  NULL,
    accreditation_record_id   BIGINT        NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_nomination_event_staff (event_id, staff_id),
    KEY ix_nomination_event_status (event_id, status, queued_at, id),
    KEY ix_nomination_staff (staff_id, status),
    CONSTRAINT fk_nomination_event FOREIGN KEY (event_id) REFERENCES training_event (id),
    CONSTRAINT fk_nomination_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_nomination_record FOREIGN KEY (accreditation_record_id) REFERENCES accreditation_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The attendance register: present or absent, per session and nominee.
CREATE TABLE session_attendance (
    session_id   BIGINT       NOT NULL,
    staff_id     BIGINT       NOT NULL,
    present      BOOLEAN      NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (session_id, staff_id),
    KEY ix_attendance_staff (staff_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_attendance_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB;

-- Training the borough recommends before a programme (e.g. Training for Work with Parents):
-- shown as advice when nominating, never a refusal. The catalogue does not encode any.
CREATE TABLE recommended_foundation (
    programme_id             VARCHAR(64)  NOT NULL,
    foundation_programme_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (programme_id, foundation_programme_id),
    CONSTRAINT fk_foundation_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_foundation_foundation FOREIGN KEY (foundation_programme_id) REFERENCES programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
