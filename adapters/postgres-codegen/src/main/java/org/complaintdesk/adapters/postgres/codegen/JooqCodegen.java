package org.complaintdesk.adapters.postgres.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the Flyway migrations themselves: migrates a throw-away
 * embedded PostgreSQL, then reads its catalogue. The generated code therefore always matches
 * what the migrations create, and the build needs no database of its own.
 *
 * <p>Usage: {@code JooqCodegen <migration dir> <output dir> <target package>}.
 */
public final class JooqCodegen {

    private JooqCodegen() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JooqCodegen <migration dir> <output dir> <target package>");
        }
        Path migrations = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        String targetPackage = args[2];
        if (!Files.isDirectory(migrations)) {
            throw new IOException("no migration directory " + migrations);
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output, targetPackage));
        }
    }

    private static Configuration configuration(String jdbcUrl, Path output, String targetPackage) {
        return new Configuration()
                .withJdbc(new Jdbc().withUrl(jdbcUrl).withUser("postgres").withPassword(""))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                // Flyway's own bookkeeping is not part of our model, nor are partitions:
                                // the code reads and writes the partitioned table.
                                .withExcludes("flyway_schema_history|personal_data_access_default")
                                // Points in time are Instants in the domain; the session time zone is irrelevant.
                                .withForcedTypes(new ForcedType()
                                        .withName("INSTANT")
                                        .withIncludeTypes("timestamptz|timestamp\\ with\\ time\\ zone")))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                .withPojos(false)
                                .withDaos(false))
                        .withTarget(new Target()
                                .withPackageName(targetPackage)
                                .withDirectory(output.toString())
                                .withClean(true)));
    }
}
