-- The staff directory filters and sorts by role (and within it by name); the other directory
-- filters use the existing keys (organisation, staff_locality, staff_setting, accreditation by staff).
-- Valid on MySQL 8.0 and MariaDB 10.11+.
CREATE INDEX ix_staff_role ON staff_member (role, family_name, given_name);
CREATE INDEX ix_staff_level ON staff_member (professional_level, family_name, given_name);
