package org.govsim.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "state", mixinStandardHelpOptions = true,
        description = "Every actor's state after an event of a timeline (default: its last event).",
        footer = {"%nExample:", "  govsim state history --at-time 2023-11-20T09:00 --format json"})
final class StateCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--at", paramLabel = "SEQ", description = "After this event (1-based).")
    Long at;

    @Option(names = "--at-time", paramLabel = "ISO", description = "After the last event at or before this simulated time, "
            + "e.g. 2023-11-20T09:00 (in the scenario's time zone) or 2023-11-20T09:00-08:00.")
    String atTime;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.State result;
        try (TimelineStore store = storeOptions.open()) {
            result = new TimelineService(store).state(timeline, at, atTime);
        }
        PrintWriter out = out();
        if (format == Format.json) {
            Output.json(out, result);
            return Main.OK;
        }
        out.println("After event " + result.seq() + " at " + Output.when(OffsetDateTime.parse(result.time()).toInstant(),
                ZoneId.of(result.zone())) + ":");
        result.summary().forEach(line -> out.println("  " + line));
        Map<String, Object> board = map(result.state().get("board"));
        if (board.get("quorumRule") != null) {
            out.println("  Seats: " + board.get("seats") + " authorised, " + board.get("vacancies") + " vacant; "
                    + board.get("quorumRule") + ", so " + board.get("quorum") + " directors");
        }
        if (board.get("votingPower") != null) {
            out.println("  Voting power (Banzhaf, Shapley-Shubik) for " + board.get("votingPower") + ":");
        }
        for (Map<String, Object> d : list(board.get("directors"))) {
            out.printf("  director %-16s strain %6.1f  power %s, %s%s%n", d.get("name"), (Double) d.get("strain"),
                    d.get("banzhaf") == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", (Double) d.get("banzhaf")),
                    d.get("shapleyShubik") == null ? "-"
                            : String.format(java.util.Locale.ROOT, "%.3f", (Double) d.get("shapleyShubik")),
                    Boolean.TRUE.equals(d.get("yielded")) ? "  (has given way)" : "");
        }
        for (Map<String, Object> i : list(result.state().get("investors"))) {
            out.printf("  investor %-44s %s%n", i.get("name"), i.get("stance"));
        }
        Map<String, Object> stock = map(result.state().get("shareholders"));
        for (Map<String, Object> c : list(stock.get("classes"))) {
            String votes = votes((Number) c.get("votesPerShare"));
            out.printf(java.util.Locale.ROOT, "  class    %-44s %,d shares, %s %s each%n", c.get("name"),
                    ((Number) c.get("shares")).longValue(), votes, votes.equals("1") ? "vote" : "votes");
        }
        for (Map<String, Object> h : list(stock.get("holders"))) {
            out.printf(java.util.Locale.ROOT, "  holder   %-44s %5.1f%% of the votes%n", h.get("name"),
                    ((Number) h.get("shareOfVotes")).doubleValue() * 100);
        }
        for (Map<String, Object> s : list(map(result.state().get("litigation")).get("suits"))) {
            out.printf("  suit     %-44s %s%n", s.get("title"), s.get("status"));
        }
        Map<String, Object> cash = map(result.state().get("financing"));
        if (cash.containsKey("available") && list(cash.get("available")).isEmpty()) {
            out.println("  cash     none left");
        }
        for (Map<String, Object> s : list(cash.get("available"))) {
            out.printf(java.util.Locale.ROOT, "  cash     %-44s $%,.0fM%n", s.get("name"),
                    ((Number) s.get("usd")).doubleValue() / 1e6);
        }
        out.println("  pending actions: " + list(result.state().get("pending")).size());
        return Main.OK;
    }

    private static String votes(Number perShare) {
        double v = perShare.doubleValue();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
