-- Idempotency-Key on API POSTs (platform.outage.IdempotencyKeys): the first answer to a key is kept, so a
-- client that retries after a lost reply gets that answer again instead of a second record. The row is
-- written in the same transaction as the record it answers for, so both exist or neither does.
CREATE TABLE idempotency_key (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    username          VARCHAR(100)  NOT NULL,   -- keys belong to one user: another user's key never matches
    idem_key          VARCHAR(255)  NOT NULL,
    fingerprint       CHAR(64)      NOT NULL,   -- SHA-256 of method, path, content type and body
    response_status   SMALLINT      NULL,
    response_type     VARCHAR(100)  NULL,
    response_location VARCHAR(2000) NULL,
    response_body     MEDIUMTEXT    NULL,
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_idempotency_key (username, idem_key),
    KEY ix_idempotency_key_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
