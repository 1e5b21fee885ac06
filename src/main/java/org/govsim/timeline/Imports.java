package org.govsim.timeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govsim.scenario.InputException;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.SimulationStarted;

/**
 * Timelines brought in from an export ({@code govsim export --format jsonl}: one event a line), into any store: the
 * backup and migration path. The whole file is read and checked before anything is written, and the timeline is then
 * stored in one transaction, so a broken file leaves the store as it was. An imported timeline stands on its own (a
 * branch comes in with its parent's events up to the fork), and its export is the file it came from.
 */
public final class Imports {

    private final TimelineStore store;

    public Imports(TimelineStore store) {
        this.store = store;
    }

    /** Reads an export and stores it as a new timeline named {@code name}, or after the file (numbered if taken). */
    public TimelineInfo importTimeline(Path file, String name) {
        if (name != null) {
            TimelineInfo.checkName("name", name);
        }
        List<Recorded> events = read(file, Codec.of(store.model()));
        SimulationStarted started = (SimulationStarted) events.get(0).event();
        for (int attempt = 1; ; attempt++) {
            try {
                return store.inTransaction(() -> {
                    if (name != null && store.find(name).isPresent()) {
                        throw TimelineInfo.nameTaken("name", name);
                    }
                    TimelineInfo info = TimelineInfo.imported(name != null ? name : store.freeName(baseName(file, started)),
                            started.scenario(), started.title(), started.seed(), events.size());
                    store.save(info, events);
                    return info;
                });
            } catch (NameTakenException e) {
                // a name given is bad input; one chosen here was taken by another process meanwhile: take the next
                if (name != null) {
                    throw TimelineInfo.nameTaken("name", name);
                }
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** The file's name without its extension when it is a timeline name, else the scenario's id when it is one. */
    private static String baseName(Path file, SimulationStarted started) {
        String fileName = file.getFileName().toString().replaceFirst("\\.(jsonl|json|ndjson)$", "");
        for (String candidate : new String[]{fileName, started.scenario()}) {
            try {
                TimelineInfo.checkName("name", candidate);
                return candidate;
            } catch (InputException notAName) {
                // try the next
            }
        }
        return "imported";
    }

    /** The events of an export, each checked; a line that is not one is bad input naming the line and the field. */
    static List<Recorded> read(Path file, Codec codec) {
        ObjectMapper mapper = codec.objectMapper();
        List<Recorded> events = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "file", "no such file");
        } catch (IOException e) {
            throw new InputException(file, 0, "file", "cannot be read: " + e.getMessage());
        }
        // line by line, so that a byte that is not UTF-8 is reported on its own line
        int lineNo = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNo++;
            String line;
            try {
                line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new InputException(file, lineNo, "line", "is not UTF-8 text");
            }
            events.add(event(file, lineNo, line, mapper, codec, events.size() + 1));
            start = end + 1;
        }
        if (events.isEmpty()) {
            throw new InputException(file, 0, "file", "holds no events; an export has one JSON object a line");
        }
        if (!(events.get(0).event() instanceof SimulationStarted)) {
            throw new InputException(file, 1, "type", "a timeline begins with SimulationStarted, not "
                    + events.get(0).type());
        }
        return events;
    }

    private static Recorded event(Path file, int lineNo, String line, ObjectMapper mapper, Codec codec, long expectedSeq) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(file, lineNo, "line", "is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputException(file, lineNo, "line", "is not a JSON object; an export has one event a line");
        }
        long seq = number(file, lineNo, node, "seq");
        if (seq != expectedSeq) {
            throw new InputException(file, lineNo, "seq", "expected event " + expectedSeq + ", found " + seq);
        }
        String type = text(file, lineNo, node, "type", true);
        Class<? extends DomainEvent> eventType = codec.eventType(type);
        if (eventType == null) {
            throw new InputException(file, lineNo, "type", "'" + type + "' is not an event this version knows");
        }
        String revision = text(file, lineNo, node, "revision", true);
        if (!revision.equals(Codec.revisionOf(eventType))) {
            throw new InputException(file, lineNo, "revision", type + " revision " + revision + " is not the revision this "
                    + "version writes (" + Codec.revisionOf(eventType) + "); export it again with this version");
        }
        Instant time;
        String timeText = text(file, lineNo, node, "time", true);
        try {
            time = OffsetDateTime.parse(timeText).toInstant();
        } catch (DateTimeException e) {
            throw new InputException(file, lineNo, "time", "expected an ISO time with an offset, found '" + timeText + "'");
        }
        JsonNode payloadNode = node.get("payload");
        if (payloadNode == null || !payloadNode.isObject()) {
            throw new InputException(file, lineNo, "payload", "expected the event as a JSON object");
        }
        DomainEvent event;
        try {
            event = mapper.treeToValue(payloadNode, eventType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputException(file, lineNo, "payload", "does not read as " + type + ": "
                    + StoreFailures.reason(e));
        }
        if (event == null) {
            throw new InputException(file, lineNo, "payload", "does not read as " + type);
        }
        String aggregate = text(file, lineNo, node, "aggregate", true);
        if (!aggregate.equals(event.aggregate())) {
            throw new InputException(file, lineNo, "aggregate", "'" + aggregate + "' is not the stream of this " + type
                    + " ('" + event.aggregate() + "')");
        }
        long action = number(file, lineNo, node, "action");
        if (action < 0) {
            throw new InputException(file, lineNo, "action", "expected 0 or the id of a scheduled action, found " + action);
        }
        return new Recorded(seq, time, text(file, lineNo, node, "cause", false), text(file, lineNo, node, "source", false),
                action, event);
    }

    private static long number(Path file, int lineNo, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new InputException(file, lineNo, field, "expected a whole number");
        }
        return value.asLong();
    }

    private static String text(Path file, int lineNo, JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InputException(file, lineNo, field, "missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InputException(file, lineNo, field, "expected text");
        }
        return value.asText();
    }
}
