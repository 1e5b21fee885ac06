package org.govsim.timeline;

class PostgresConcurrencyTest extends ConcurrencyContract {

    @Override
    Database database() {
        return SharedPostgres.database();
    }
}
