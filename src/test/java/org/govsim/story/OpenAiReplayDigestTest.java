package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.model.GovernanceModel;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI replay stays what it was as cases and actors are added: a digest of its exported events. The one field
 * left out is the model's stamp in the first event, which lists the model's policies and grows with each new one; the
 * test holds instead that the policies of the first model still run first, in their order.
 */
class OpenAiReplayDigestTest {

    /** The digest of the export as of model version 1 (every event, its payload, cause, source and provenance). */
    static final String DIGEST = "6b2052bbf7e2b03599fd0c28f2408fda14b444bfb1f55a1444b8ab06fc9facef";

    @Test
    void theExportedEventsOfTheHistoricalReplayAreUnchanged() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (TimelineStore store = TimelineStore.inMemory()) {
            TimelineService service = new TimelineService(store);
            Results.Replay replay = service.replay(Path.of("scenarios/openai-2023-board-crisis.yaml"), null);
            List<Results.ExportedEvent> events = service.export(replay.timeline());
            assertThat(events).hasSize(410);
            for (Results.ExportedEvent e : events) {
                ObjectNode line = json.valueToTree(e);
                if (e.type().equals("SimulationStarted")) {
                    ((ObjectNode) line.get("payload")).remove("model");
                }
                sha.update(json.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
        }
        assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(DIGEST);
    }

    @Test
    void thePoliciesOfTheFirstModelStillRunFirstInTheirOrder() {
        List<String> first = GovernanceModel.first().policies();
        assertThat(GovernanceModel.standard().stamp().policies().subList(0, first.size())).isEqualTo(first);
    }
}
