package org.govsim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.govsim.app.PlayService;
import org.govsim.app.Predictions;
import org.govsim.app.Results;
import org.govsim.app.StoryLine;
import org.govsim.scenario.InputException;
import org.govsim.timeline.TimelineStore;

@Command(name = "play", mixinStandardHelpOptions = true,
        description = "Play a case as one of its actors: at each of the role's decision points choose an option; the "
                + "choice forks the timeline there and the actors play on to the next. Asks when a choice is not given "
                + "and the input is a terminal (or with --interactive).",
        footer = {"%nExamples:", "  govsim play openai-2023-board-crisis --as board",
                "  govsim play scenarios/openai-2023-board-crisis.yaml --as board --choose the-vote-of-11-17=hold-off",
                "  govsim play openai-2023-board-crisis --list"})
final class PlayCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped case.")
    Path scenario;

    @Option(names = "--as", paramLabel = "ROLE", description = "The role played: board, ceo, organisers, "
            + "director:PERSON or investor:ID (default: every decision of the case).")
    String role;

    @Option(names = "--choose", paramLabel = "DECISION=OPTION", description = "The choice at a decision point; "
            + "repeat for each.")
    List<String> choices = new java.util.ArrayList<>();

    @Option(names = "--name", description = "Name of the last branch (default: CASE-as-ROLE, numbered if taken); the "
            + "branches before it are NAME-1, NAME-2, ...")
    String name;

    @Option(names = "--predict", paramLabel = "ITEM=VALUE", description = "A prediction, recorded with the first "
            + "choice and scored at the end: returns=yes|no (the removed CEO returns), by=TIME (when, in the case's "
            + "zone), signatures=N (how many sign the letter), leaving=PERSON,... or none (directors who leave the "
            + "board). Repeat for each item.")
    List<String> predict = new java.util.ArrayList<>();

    @Option(names = "--interactive", description = "Ask for each choice not given on standard input, even when it "
            + "is not a terminal.")
    boolean interactive;

    @Option(names = "--list", description = "List the case's decision points and their options, and stop.")
    boolean list;

    @Override
    public Integer call() {
        Output.only(format, Format.text);
        Path file = ReplayCommand.shippedCaseOr(scenario);
        PrintWriter out = out();
        int width = Output.width(System.getenv());
        try (TimelineStore store = storeOptions.open()) {
            PlayService play = new PlayService(store);
            if (list) {
                play.decisions(file, role).forEach(d -> {
                    out.println(d.id() + " (" + d.decides() + ")");
                    Output.wrap(d.question(), Math.max(20, width - 2)).forEach(l -> out.println("  " + l));
                    d.options().forEach(o -> out.println("    " + o.id() + ": " + o.label()));
                });
                return Main.OK;
            }
            boolean ask = interactive || System.console() != null;
            BufferedReader in = ask ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)) : null;
            PlayService.Chooser chooser = !ask ? null : new PlayService.Chooser() {
                public String choose(Results.PlayStep decision, List<StoryLine> since, String zone) {
                    return ask(decision, since, ZoneId.of(zone), in, out, width);
                }

                public Predictions.Prediction predict(Results.PlayStep decision) {
                    return askPrediction(in, out);
                }
            };
            Results.Play result = play.play(new PlayService.PlayRequest(file, role, pairs(choices, "choose"), name,
                    null, prediction(pairs(predict, "predict"))), chooser);
            print(result, out, width);
        }
        return Main.OK;
    }

    /** Shows what happened since the last decision, the question and the options; reads a number or an option id. */
    private static String ask(Results.PlayStep decision, List<StoryLine> since, ZoneId zone, BufferedReader in,
                              PrintWriter out, int width) {
        if (!since.isEmpty()) {
            Output.narrative(out, since, zone, false, width);
            out.println();
        }
        out.println("Decision: " + decision.decision() + " (" + decision.decides() + ")");
        Output.wrap(decision.question(), width).forEach(out::println);
        List<Results.PlayOption> options = decision.options();
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + (i + 1) + ". " + options.get(i).label() + " [" + options.get(i).id() + "]");
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            out.print("Your choice (1-" + options.size() + " or an id): ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                return null;
            }
            String answer = line.strip();
            for (int i = 0; i < options.size(); i++) {
                if (answer.equals(String.valueOf(i + 1)) || answer.equals(options.get(i).id())) {
                    out.println();
                    return options.get(i).id();
                }
            }
            out.println("Not an option: '" + answer + "'.");
        }
        throw InputException.request("choose", "no option chosen for decision '" + decision.decision() + "'");
    }

    /** KEY=VALUE arguments of an option, in order; each must have a key and a value, and a key comes once. */
    static Map<String, String> pairs(List<String> given, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String g : given) {
            int eq = g.indexOf('=');
            if (eq <= 0 || eq == g.length() - 1) {
                throw InputException.request(option, "'" + g + "' is not " + (option.equals("choose") ? "DECISION=OPTION"
                        : "ITEM=VALUE"));
            }
            if (out.put(g.substring(0, eq).strip(), g.substring(eq + 1).strip()) != null) {
                throw InputException.request(option, "'" + g.substring(0, eq) + "' is given twice");
            }
        }
        return out;
    }

    /** The prediction given with --predict, checked item by item; null when none was given. */
    static Predictions.Prediction prediction(Map<String, String> items) {
        if (items.isEmpty()) {
            return null;
        }
        Boolean returns = null;
        String by = null;
        Integer signatures = null;
        List<String> leaving = null;
        for (Map.Entry<String, String> e : items.entrySet()) {
            String value = e.getValue().strip();
            switch (e.getKey()) {
                case "returns" -> {
                    if (!value.equals("yes") && !value.equals("no")) {
                        throw InputException.request("predict", "returns is yes or no, not '" + value + "'");
                    }
                    returns = value.equals("yes");
                }
                case "by" -> by = value;
                case "signatures" -> {
                    try {
                        signatures = Integer.parseInt(value);
                    } catch (NumberFormatException ex) {
                        throw InputException.request("predict", "signatures is a whole number, not '" + value + "'");
                    }
                }
                case "leaving" -> leaving = value.equals("none") ? List.of()
                        : java.util.Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
                default -> throw InputException.request("predict", "no prediction item '" + e.getKey()
                        + "'; the items are returns, by, signatures and leaving");
            }
        }
        return new Predictions.Prediction(returns, by, signatures, leaving);
    }

    /** Four questions, each skipped with an empty answer. */
    private static Predictions.Prediction askPrediction(BufferedReader in, PrintWriter out) {
        out.println("Before the actors play on, predict (press Enter to skip an item):");
        Map<String, String> items = new LinkedHashMap<>();
        String[][] questions = {{"returns", "Does the removed CEO return? (yes/no)"},
                {"by", "If so, by when? (e.g. 2023-11-22T12:00)"},
                {"signatures", "How many staff sign the letter at most?"},
                {"leaving", "Which directors leave the board? (ids, comma-separated, or none)"}};
        for (String[] q : questions) {
            out.print("  " + q[1] + " ");
            out.flush();
            try {
                String line = in.readLine();
                if (line != null && !line.isBlank()) {
                    items.put(q[0], line.strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.println();
        return prediction(items);
    }

    private static void print(Results.Play play, PrintWriter out, int width) {
        ZoneId zone = ZoneId.of(play.zone());
        out.println("Playing '" + play.history() + "' as " + (play.role() == null ? "every actor" : play.role()) + ".");
        out.println();
        for (Results.PlayStep s : play.steps()) {
            out.println("Decision " + s.decision() + " (" + s.decides() + ")");
            if (s.skipped() != null) {
                Output.wrap("Does not arise in this branch: " + s.skipped().replaceFirst("^does not arise: ", ""),
                        Math.max(20, width - 2)).forEach(l -> out.println("  " + l));
            } else {
                Output.wrap("Chosen: " + s.chosenLabel() + " (" + s.chosen() + "); branch '" + s.branch() + "'",
                        Math.max(20, width - 2)).forEach(l -> out.println("  " + l));
            }
            if (!s.history().isBlank()) {
                Output.wrap("In fact: " + s.history(), Math.max(20, width - 2)).forEach(l -> out.println("  " + l));
            }
            out.println();
        }
        out.println("What followed the last choice:");
        out.println();
        Output.narrative(out, play.story(), zone, false, width);
        out.println();
        out.println("Outcome ('" + play.branch() + "' beside history):");
        Map<String, String> mine = play.ending().outcome().table();
        Map<String, String> history = play.ending().historyOutcome().table();
        int labels = mine.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        int values = Math.max("this branch".length(), mine.values().stream().mapToInt(String::length).max().orElse(10)) + 2;
        out.printf("    %-" + labels + "s %-" + values + "s %s%n", "", "this branch", "history");
        // a star marks what differs from history
        mine.forEach((k, v) -> out.printf("  %s %-" + labels + "s %-" + values + "s %s%n",
                v.equals(history.get(k)) ? " " : "*", k, v, history.getOrDefault(k, "")));
        if (play.ending().prediction() != null) {
            out.println();
            out.println("Your prediction (made " + Output.when(play.ending().prediction().madeAt(), zone) + "), scored:");
            scored(out, "against this branch", play.ending().prediction().branch());
            scored(out, "against history", play.ending().prediction().history());
        }
        debrief(play.ending().debrief(), zone, out, width);
    }

    private static void debrief(Results.Debrief d, ZoneId zone, PrintWriter out, int width) {
        out.println();
        out.println("Debrief");
        if (d.decisive() != null) {
            out.println();
            out.println("The decisive events, from the outcome back to the givens:");
            for (org.govsim.app.CauseChain.Link l : d.decisive().links()) {
                List<String> rows = Output.wrap(l.text(), Math.max(20, width - 30));
                out.printf("%6d  %s  %s%n", l.seq(), Output.when(l.time(), zone), rows.get(0));
                rows.subList(1, rows.size()).forEach(r -> out.println(" ".repeat(30) + r));
                Output.wrap(l.how(), Math.max(20, width - 8)).forEach(r -> out.println("        " + r));
            }
        }
        if (d.powerBefore() != null) {
            out.println();
            out.println("Voting power (Banzhaf) at the first choice and at the end:");
            Map<String, Double> before = new LinkedHashMap<>();
            d.powerBefore().directors().forEach(p -> before.put(p.name(), p.banzhaf()));
            Map<String, Double> after = new LinkedHashMap<>();
            d.powerAfter().directors().forEach(p -> after.put(p.name(), p.banzhaf()));
            java.util.Set<String> everyone = new java.util.LinkedHashSet<>(before.keySet());
            everyone.addAll(after.keySet());
            everyone.forEach(name -> out.printf("  %-20s %6s  %6s%n", name, power(before.get(name)),
                    power(after.get(name))));
        }
        if (!d.questions().isEmpty()) {
            out.println();
            out.println("Questions:");
            d.questions().forEach(q -> bullet(q, out, width));
        }
        if (!d.notes().isEmpty()) {
            out.println();
            out.println("For the instructor:");
            d.notes().forEach(n -> bullet(n, out, width));
        }
    }

    private static String power(Double banzhaf) {
        return banzhaf == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", banzhaf);
    }

    private static void bullet(String text, PrintWriter out, int width) {
        List<String> rows = Output.wrap(text, Math.max(20, width - 4));
        out.println("  - " + rows.get(0));
        rows.subList(1, rows.size()).forEach(r -> out.println("    " + r));
    }

    private static void scored(PrintWriter out, String against, Results.Scored scored) {
        out.println("  " + against + ": " + (scored.total() == null ? "nothing to score"
                : String.format(java.util.Locale.ROOT, "%.2f of 1", scored.total())));
        for (Results.ScoredItem i : scored.items()) {
            out.println("    " + i.item() + ": predicted " + i.predicted() + ", found " + i.actual() + ": "
                    + (i.points() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f (", i.points())) + i.rule()
                    + (i.points() == null ? "" : ")"));
        }
    }
}
