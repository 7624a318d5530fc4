package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's BATCH_* tables by running the script shipped inside spring-batch-core, so
 * the job repository's schema always matches the Spring Batch version on the classpath and lives
 * under Flyway's control with the application tables (Boot's own initializer skips external
 * databases by default).
 */
public class V2__spring_batch_schema extends BaseJavaMigration {

    static final String SCRIPT = "org/springframework/batch/core/schema-postgresql.sql";

    @Override
    public void migrate(Context context) {
        ScriptUtils.executeSqlScript(context.getConnection(), new ClassPathResource(SCRIPT));
    }
}
