package org.govsim.timeline;

/** The fork contract against a real PostgreSQL server. */
class PostgresForkTest extends ForkContract {

    @Override
    Database database() {
        return SharedPostgres.database();
    }
}
