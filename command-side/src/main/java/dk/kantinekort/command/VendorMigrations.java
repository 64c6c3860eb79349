package dk.kantinekort.command;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Adds the migrations written for the datasource's database: {@code classpath:db/vendor/h2} (the embedded default,
 * the tests) or {@code classpath:db/vendor/postgresql} (production), beside the portable ones in
 * {@code db/migration}. V1-V3 live there, one file per database, because their types differ (BLOB, VARBINARY /
 * BYTEA); the H2 files are the ones applied since the start, byte for byte, so existing H2 databases validate.
 * Locations set explicitly with a {@code db/vendor} entry ({@code spring.flyway.locations}) are left as they are.
 */
final class VendorMigrations implements FlywayConfigurationCustomizer {

    static final String PREFIX = "classpath:db/vendor/";

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
        if (locations.stream().anyMatch(l -> l.getDescriptor().contains("db/vendor"))) {
            return;
        }
        locations.add(new Location(PREFIX + vendorOf(configuration.getDataSource())));
        configuration.locations(locations.toArray(Location[]::new));
    }

    static String vendorOf(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return DatabaseDriver.fromProductName(product).getId();
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the command side's datasource is", e);
        }
    }
}
