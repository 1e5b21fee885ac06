package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineStore;

class ServeSettingsTest {

    @Test
    void aPasswordThatLooksLikeAPlaceholderReachesTheDatabaseAsItIs() throws Exception {
        Path dir = Files.createTempDirectory("govsim-password");
        Database database = new Database("jdbc:h2:file:" + dir.resolve("govsim") + ";DB_CLOSE_ON_EXIT=FALSE", "sa",
                "p${server.port}q");
        // the database made by a command, with the password as given; the server must log in with it unchanged
        try (TimelineStore store = TimelineStore.open(database)) {
            assertThat(store.list()).isEmpty();
        }
        try (Served served = Served.start(database, null)) {
            assertThat(served.get("/actuator/health").body()).contains("UP");
            assertThat(served.get("/api/v1/timelines").body()).contains("openai-2023-board-crisis");
        }
    }

    @Test
    void onlyAddressesOfThisMachineAloneCountAsLoopback() {
        assertThat(ServeSettings.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServeSettings.isLoopback("::1")).isTrue();
        assertThat(ServeSettings.isLoopback("localhost")).isTrue();
        assertThat(ServeSettings.isLoopback("0.0.0.0")).isFalse();
        assertThat(ServeSettings.isLoopback("192.168.1.5")).isFalse();
    }
}
