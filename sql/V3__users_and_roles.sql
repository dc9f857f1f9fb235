-- Sign-in accounts. A user is usually linked to their staff record (ownership checks use it);
-- passwords are PBKDF2 hashes from Jakarta Security's Pbkdf2PasswordHash.
CREATE TABLE app_user (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    username          VARCHAR(100) NOT NULL,
    password_hash     VARCHAR(500) NOT NULL,
    staff_id          BIGINT       NULL,
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at     DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_username (username),
    UNIQUE KEY uk_app_user_staff (staff_id),
    CONSTRAINT fk_app_user_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(32) NOT NULL,                  -- ADMIN, WORKFORCE_MANAGER, COORDINATOR, STAFF
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;
