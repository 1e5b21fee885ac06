package org.govsim.timeline;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

class H2ConcurrencyTest extends ConcurrencyContract {

    @TempDir
    static Path dir;

    @Override
    Database database() {
        return Database.h2(dir);
    }
}
