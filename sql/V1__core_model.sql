-- Facilitate core model: the programme catalogue, the workforce (organisations, settings,
-- localities, staff) and the records that decide who may facilitate what
-- (accreditations, supervision, compliance checks), plus settings and the audit trail.
-- Valid on MySQL 8.0 and MariaDB 10.11+. Dates are DATE (effective dates, no time zone);
-- audit instants are DATETIME(6) in UTC.

CREATE TABLE programme (
    id              VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(16)  NOT NULL,          -- PROGRAMME or COURSE
    provider        VARCHAR(200) NULL,
    accrediting_body VARCHAR(200) NULL,
    definition      LONGTEXT     NOT NULL,          -- the catalogue file as loaded
    fingerprint     CHAR(64)     NOT NULL,          -- SHA-256 of the definition: reload only on change
    retired_at      DATETIME(6)  NULL,              -- removed from the catalogue; kept for history
    loaded_at       DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per programme and need level it serves, with the minimum professional level asked there.
CREATE TABLE programme_need_level (
    programme_id                VARCHAR(64) NOT NULL,
    need_level                  TINYINT     NOT NULL,
    minimum_professional_level  TINYINT     NULL,
    PRIMARY KEY (programme_id, need_level),
    CONSTRAINT fk_pnl_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(32)  NOT NULL,                 -- COUNCIL, NHS_TRUST, VOLUNTARY, SCHOOL
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organisation_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE locality (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     VARCHAR(32)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_locality_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE setting (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(32)  NOT NULL,         -- CHILDRENS_CENTRE, HEALTH_VISITING_TEAM, SCHOOL, FAMILY_HUB, CAMHS, ...
    organisation_id  BIGINT       NOT NULL,
    locality_id      BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_setting_name (name),
    CONSTRAINT fk_setting_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_setting_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_member (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    employee_ref             VARCHAR(40)  NOT NULL,
    given_name               VARCHAR(100) NOT NULL,
    family_name              VARCHAR(100) NOT NULL,
    email                    VARCHAR(254) NULL,
    role                     VARCHAR(40)  NOT NULL, -- HEALTH_VISITOR, MIDWIFE, FAMILY_SUPPORT_WORKER, ...
    professional_level       TINYINT      NULL,     -- RQF/QCF 1-8
    registered_professional  BOOLEAN      NOT NULL DEFAULT FALSE,
    organisation_id          BIGINT       NOT NULL,
    line_manager_id          BIGINT       NULL,
    start_date               DATE         NULL,
    leave_date               DATE         NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_staff_employee_ref (employee_ref),
    KEY ix_staff_organisation (organisation_id),
    KEY ix_staff_family_name (family_name, given_name),
    CONSTRAINT fk_staff_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_staff_line_manager FOREIGN KEY (line_manager_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_setting (
    staff_id    BIGINT NOT NULL,
    setting_id  BIGINT NOT NULL,
    PRIMARY KEY (staff_id, setting_id),
    KEY ix_staff_setting_setting (setting_id, staff_id),
    CONSTRAINT fk_ss_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_ss_setting FOREIGN KEY (setting_id) REFERENCES setting (id)
) ENGINE=InnoDB;

-- Localities a member of staff serves (one to three, usually).
CREATE TABLE staff_locality (
    staff_id     BIGINT NOT NULL,
    locality_id  BIGINT NOT NULL,
    PRIMARY KEY (staff_id, locality_id),
    KEY ix_staff_locality_locality (locality_id, staff_id),
    CONSTRAINT fk_sl_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_sl_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
) ENGINE=InnoDB;

CREATE TABLE accreditation_record (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    staff_id             BIGINT       NOT NULL,
    programme_id         VARCHAR(64)  NOT NULL,
    stage                VARCHAR(16)  NOT NULL,     -- ENROLLED, TRAINED, ACCREDITED, LAPSED, REVOKED
    awarded_on           DATE         NULL,
    expires_on           DATE         NULL,         -- last day current; NULL = see the programme's validity
    awarding_body        VARCHAR(200) NULL,
    certificate_ref      VARCHAR(100) NULL,
    evidence_file        VARCHAR(300) NULL,         -- stored outside the web root
    evidence_type        VARCHAR(100) NULL,
    verification         VARCHAR(16)  NOT NULL DEFAULT 'PENDING', -- PENDING, VERIFIED, REJECTED
    verified_by          VARCHAR(100) NULL,
    verified_at          DATETIME(6)  NULL,
    rejection_reason     VARCHAR(500) NULL,
    origin               VARCHAR(16)  NOT NULL DEFAULT 'SELF',    -- SELF, MANAGER, IMPORT, COHORT
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    created_by           VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY ix_accreditation_staff (staff_id, programme_id),
    KEY ix_accreditation_programme (programme_id, stage, expires_on),
    KEY ix_accreditation_verification (verification, created_at),
    CONSTRAINT fk_accreditation_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_accreditation_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supervision_session (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    supervisee_id    BIGINT       NOT NULL,
    supervisor_id    BIGINT       NULL,
    supervisor_name  VARCHAR(200) NULL,             -- when the supervisor is not on our staff list
    session_date     DATE         NOT NULL,
    kind             VARCHAR(24)  NOT NULL,         -- INDIVIDUAL, GROUP, PEER_CONSULTATION, VIDEO_REVIEW
    minutes          INT          NULL,
    programme_id     VARCHAR(64)  NULL,             -- NULL = general supervision
    notes            TEXT         NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_supervision_supervisee (supervisee_id, session_date),
    CONSTRAINT fk_supervision_supervisee FOREIGN KEY (supervisee_id) REFERENCES staff_member (id),
    CONSTRAINT fk_supervision_supervisor FOREIGN KEY (supervisor_id) REFERENCES staff_member (id),
    CONSTRAINT fk_supervision_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Enhanced DBS checks and safeguarding training, one row per check.
CREATE TABLE compliance_check (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    staff_id             BIGINT       NOT NULL,
    kind                 VARCHAR(16)  NOT NULL,     -- DBS or SAFEGUARDING
    checked_on           DATE         NOT NULL,     -- DBS issue date / training completion date
    certificate_number   VARCHAR(40)  NULL,         -- DBS only
    update_service       BOOLEAN      NOT NULL DEFAULT FALSE, -- DBS only
    safeguarding_level   TINYINT      NULL,         -- SAFEGUARDING only, 1-5
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_compliance_staff (staff_id, kind, checked_on),
    CONSTRAINT fk_compliance_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Borough-wide settings (e.g. DBS re-check interval); defaults live in code.
CREATE TABLE app_setting (
    name     VARCHAR(100) NOT NULL,
    value    VARCHAR(500) NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who changed what, when. Written in the same transaction as the change.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(64)  NULL,
    detail       TEXT         NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entity (entity_type, entity_id),
    KEY ix_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
