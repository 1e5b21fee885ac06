package org.govsim.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Every change to a stored event's name or shape, as a step from one revision to the next. Axon runs the chain on each
 * event it reads, so a timeline stored by any earlier version reads as today's events with the same meaning.
 * The steps work on the stored JSON text, not on a tree: revision 1 of a scheduled command repeats the key "command"
 * (its type and a conditional step's inner command), which a tree would merge.
 */
final class Upcasters {
    private Upcasters() {
    }

    /** Revision 1 named a command's type "command"; compact JSON puts every key right after '{' or ','. */
    private static final Pattern COMMAND_TYPE = Pattern.compile("([{,])\"command\":\"");

    static EventUpcasterChain chain(Codec codec) {
        UnaryOperator<String> commandTypes = json -> COMMAND_TYPE.matcher(json)
                .replaceAll("$1\"" + Codec.COMMAND_TYPE + "\":\"");
        return new EventUpcasterChain(List.of(
                new JavaClassNames(codec),
                new Step("LetterSigned", "1", "2", json -> json.replace("\"total\":", "\"signatures\":")),
                new Step("SimulationStarted", "1", "2", json -> withField(json, "\"model\":null")),
                new Step("SimulationStarted", "2", "3", json -> withField(json, "\"reports\":null")),
                new Step("ActionScheduled", "1", "2", json -> withField(commandTypes.apply(json), "\"trigger\":null")),
                new Step("ActionReplaced", "1", "2", commandTypes),
                new Step("BoardConstituted", "1", "2", Upcasters::bylawsWithQuorumBase),
                new Step("BylawsAmended", "1", "2", Upcasters::bylawsWithQuorumBase),
                new Step("SettlementProposed", "1", "2", Upcasters::termsWithSeats),
                new Step("ActionScheduled", "2", "3", Upcasters::termsWithSeats),
                new Step("ActionReplaced", "2", "3", Upcasters::termsWithSeats),
                new Step("BoardConstituted", "2", "3", Upcasters::directorsWithoutAllies),
                new Step("DirectorProfileChanged", "1", "2", Upcasters::directorsWithoutAllies),
                new Step("BoardConstituted", "3", "4", Upcasters::directorsWeighingEvenly),
                new Step("DirectorProfileChanged", "2", "3", Upcasters::directorsWeighingEvenly),
                new Step("DirectorYielded", "1", "2", json -> withField(json, "\"movedBy\":{}")),
                new Step("InvestorRegistered", "1", "2", json -> withField(json, "\"note\":null")),
                new Step("WorkforceFormed", "1", "2", json -> withField(json, "\"draw\":\"quota\"")),
                new Step("WorkforceProfileChanged", "1", "2",
                        json -> json.replace("\"profile\":{", "\"profile\":{\"draw\":\"quota\","))));
    }

    /** Directors' profiles before ties were recorded named no ally: each held the board's line alone. */
    static String directorsWithoutAllies(String json) {
        return SUSCEPTIBILITY.matcher(json).replaceAll("$1,\"alliedWith\":null");
    }

    /** Directors' profiles before interests were recorded weighed every kind of pressure alike. */
    static String directorsWeighingEvenly(String json) {
        // a payload that already names weights keeps them: tests of older revisions relabel today's payloads, and a
        // second "weights" key would make the payload unreadable
        return json.contains("\"weights\":") ? json : ALLIED_WITH.matcher(json).replaceAll("$1,\"weights\":null");
    }

    /** A director profile's last field before revision 4 of a board's constitution. */
    private static final Pattern ALLIED_WITH = Pattern.compile("(\"alliedWith\":(?:null|\"(?:[^\"\\\\]|\\\\.)*\"))");

    /** A director profile's last field before revision 3 of a board's constitution. */
    private static final Pattern SUSCEPTIBILITY = Pattern.compile("(\"susceptibility\":[-+0-9.eE]+)");

    /** Settlement terms of revision 1 named no number of seats: the seats stayed as they were. */
    static String termsWithSeats(String json) {
        return json.replace("\"terms\":{", "\"terms\":{\"seats\":null,");
    }

    /**
     * Revision 1 bylaws had no quorum base, seats or consent rule: their board counted a majority quorum from the
     * directors in office, had as many seats as directors at the start, and let any signers consent.
     */
    static String bylawsWithQuorumBase(String json) {
        return json.replace("\"bylaws\":{", "\"bylaws\":{\"quorumOf\":\"DIRECTORS_IN_OFFICE\",\"seats\":0,"
                + "\"consentOnlyByThoseWhoCouldMeet\":false,");
    }

    /** Streams of version 0.1 name types by Java class ("org.govsim.workforce.WorkforceEvents$LetterSigned", no revision). */
    static final class JavaClassNames extends SingleEventUpcaster {
        private final Codec codec;

        JavaClassNames(Codec codec) {
            this.codec = codec;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            String name = event.getType().getName();
            return event.getType().getRevision() == null && name.indexOf('.') > 0
                    && codec.eventType(simpleName(name)) != null;
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(new SimpleSerializedType(simpleName(event.getType().getName()), "1"),
                    byte[].class, bytes -> bytes);
        }

        private static String simpleName(String className) {
            return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
        }
    }

    /** One event type from one revision to the next, as a change of its JSON text. */
    static final class Step extends SingleEventUpcaster {
        private final String type;
        private final String from;
        private final String to;
        private final UnaryOperator<String> change;

        Step(String type, String from, String to, UnaryOperator<String> change) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.change = change;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return type.equals(event.getType().getName()) && from.equals(event.getType().getRevision());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(new SimpleSerializedType(type, to), byte[].class, bytes -> change.apply(
                    new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The object with one more field at its end. */
    private static String withField(String json, String field) {
        int end = json.lastIndexOf('}');
        return json.substring(0, end) + (json.charAt(end - 1) == '{' ? "" : ",") + field + "}";
    }
}
