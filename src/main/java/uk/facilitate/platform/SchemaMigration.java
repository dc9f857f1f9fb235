package uk.facilitate.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date from the versioned scripts in {@code sql/} before anything else
 * touches the database. A failure stops the deployment with the script and statement named.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway manages its own transactions
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    private SchemaMigrator.Result result;

    @PostConstruct
    void migrate() {
        result = new SchemaMigrator(dataSource, SchemaMigrator.DEFAULT_LOCATION).migrate();
        LOG.info(result.describe());
    }

    public SchemaMigrator.Result result() {
        return result;
    }
}
