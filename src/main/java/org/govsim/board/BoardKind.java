package org.govsim.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.board.BoardEvents.*;
import org.govsim.power.VotingGame;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.Condition;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The board as the engine and the story see it: its messages, its lines in the story, its state, its conditions. */
public final class BoardKind extends ActorKind<Board> {

    BoardKind() {
        super(Board.AGGREGATE, false, Board.class, Board::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return nested(DomainEvent.class, BoardEvents.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return nested(Command.class, BoardCommands.class);
    }

    @Override
    public List<Class<?>> stateParts() {
        return List.of(Board.Director.class);
    }

    private static String electorate(Bylaws b) {
        if (b.directorsElectedBy() == b.directorsRemovedBy() && b.directorsElectedBy() != Bylaws.Electorate.BOTH) {
            return "directors elected and removed by the " + b.directorsRemovedBy().name().toLowerCase();
        }
        return "directors elected by " + electors(b.directorsElectedBy(), "the shareholders and, to free seats, the board")
                + "; removed by " + electors(b.directorsRemovedBy(), "the shareholders or the board");
    }

    private static String electors(Bylaws.Electorate e, String both) {
        return switch (e) {
            case BOARD -> "the board";
            case SHAREHOLDERS -> "the shareholders";
            case BOTH -> both;
        };
    }

    @Override
    public String basis(DomainEvent event) {
        if (event instanceof MotionCarried c) {
            return c.rule();
        }
        if (event instanceof DesigneeSeated || event instanceof DesigneeNotSeated) {
            return "the holder's right to designate directors";
        }
        return event instanceof MotionFailed || event instanceof MotionRejected ? "bylaws"
                : event instanceof OfficerRemovalRefused || event instanceof OfficerAppointmentRefused
                ? "officers serve at the board's pleasure" : null;
    }

    @Override
    public String act(DomainEvent event) {
        if (event instanceof MotionCarried e) {
            return e.motion().id();
        } else if (event instanceof DirectorRemoved e) {
            return e.motion();
        } else if (event instanceof ChairRemoved e) {
            return e.motion();
        } else if (event instanceof DirectorElected e) {
            return e.motion();
        } else if (event instanceof ChairElected e) {
            return e.motion();
        } else if (event instanceof BoardSizeFixed e) {
            return e.motion();
        } else if (event instanceof ObserverSeatGranted e) {
            return e.motion();
        }
        return null;
    }

    /** Directors leaving together under one agreement, in one line. */
    @Override
    public String tellTogether(List<DomainEvent> events, Names names) {
        if (!events.stream().allMatch(DirectorResigned.class::isInstance)) {
            return null;
        }
        List<DirectorResigned> leaving = events.stream().map(DirectorResigned.class::cast).toList();
        String reason = leaving.get(0).reason();
        if (!reason.startsWith("leaves the board") || leaving.stream().anyMatch(d -> !d.reason().equals(reason))) {
            return null;
        }
        return names.list(leaving.stream().map(DirectorResigned::person).toList()) + " leave"
                + reason.substring("leaves".length());
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof BoardConstituted e) {
            List<String> directors = e.directors().stream()
                    .map(d -> names.nameOf(d.person()) + (d.person().equals(e.chair()) ? " (chair)" : "")).toList();
            return "The board: " + Names.and(directors)
                    + (e.bylaws().seats() > 0 ? "; " + e.bylaws().seats() + " seats" : "") + "; "
                    + e.bylaws().quorumRule() + "; action without a meeting: "
                    + e.bylaws().actionWithoutMeeting().name().toLowerCase() + "; " + electorate(e.bylaws());
        } else if (event instanceof MotionCarried e) {
            String s = "Motion carried: " + e.motion().title()
                    + (e.motion().side() == Motion.Side.CONCESSION ? " (" + acts(e.motion().resolutions(), names) + ")" : "")
                    + ". For: " + names.surnames(e.votesFor())
                    + (e.votesAgainst().isEmpty() ? "" : "; against: " + names.surnames(e.votesAgainst()));
            return e.notes().isEmpty() ? s : s + ". Note: " + notes(e.notes(), names);
        } else if (event instanceof MotionFailed e) {
            return "Motion failed: " + e.title() + ": " + e.reason();
        } else if (event instanceof MotionRejected e) {
            return "Motion out of order: " + e.title() + ": " + names.withNames(e.reason());
        } else if (event instanceof OfficerRemovalRefused e) {
            return names.nameOf(e.person()) + " stays CEO: " + names.withNames(e.reason());
        } else if (event instanceof OfficerAppointmentRefused e) {
            return names.nameOf(e.person()) + " is not appointed " + e.role() + ": " + names.withNames(e.reason());
        } else if (event instanceof BoardSizeFixed e) {
            return "The board fixes its size at " + e.seats() + " seats";
        } else if (event instanceof ReasonsPublished e) {
            return "The board publishes its reasons: " + names.withNames(e.summary()) + String.format(
                    java.util.Locale.ROOT, " (convincing %.0f%% of a neutral reader)", 100 * e.strength());
        } else if (event instanceof AttendedToObject e) {
            return names.nameOf(e.director()) + " attends only to object that the meeting was not lawfully called";
        } else if (event instanceof DirectorRemoved e) {
            return names.nameOf(e.person()) + " is removed from the board";
        } else if (event instanceof ChairRemoved e) {
            return names.nameOf(e.person()) + " is removed as chair";
        } else if (event instanceof DirectorElected e) {
            return names.nameOf(e.person()) + " is elected to the board";
        } else if (event instanceof DesigneeSeated e) {
            return names.nameOf(e.person()) + " takes a seat on the board as " + names.nameOf(e.holder()) + "'s designee";
        } else if (event instanceof DesigneeNotSeated e) {
            return names.nameOf(e.person()) + " does not take a seat as " + names.nameOf(e.holder()) + "'s designee: "
                    + names.withNames(e.reason());
        } else if (event instanceof ChairElected e) {
            return names.nameOf(e.person()) + " becomes chair";
        } else if (event instanceof ObserverSeatGranted e) {
            return names.nameOf(e.investor()) + " is granted a non-voting observer seat on the board";
        } else if (event instanceof DirectorResigned e) {
            // a departure agreed in a motion reads "leaves the board under ..."; any other reason follows the resignation
            return names.nameOf(e.person()) + (e.reason().startsWith("leaves the board") ? " " + e.reason()
                    : " resigns from the board: " + e.reason());
        } else if (event instanceof DirectorResignationRejected e) {
            return "Resignation not possible: " + names.withNames(e.reason());
        } else if (event instanceof DirectorYielded e) {
            return String.format("%s gives way (strain %.0f against resolve %.0f)%s",
                    names.nameOf(e.person()), e.strain(), e.resolve(), movedBy(e.movedBy(), names));
        } else if (event instanceof BoardResignationDemanded e) {
            return names.knows(e.by()) ? names.nameOf(e.by()) + " backs the demand that the board resign"
                    : e.count() + " " + e.by() + " demand that the board resign";
        } else if (event instanceof SettlementProposed e) {
            return "Terms on the table from " + names.nameOf(e.proposer()) + ": "
                    + acts(e.terms().toMotion(e.settlement(), "").resolutions(), names)
                    + (e.deadline() == null ? "" : "; deadline " + names.when(e.deadline()));
        } else if (event instanceof SettlementLapsed e) {
            return "The terms lapse at the deadline: " + e.reason().replaceFirst("^deadline passed[:;] ", "");
        } else if (event instanceof SettlementCountered e) {
            return "The board counters, through " + names.nameOf(e.by()) + ": " + names.withNames(e.reason());
        } else if (event instanceof CounterAccepted e) {
            return names.nameOf(e.by()) + " accepts the board's counter-offer in principle: " + names.withNames(e.reason());
        } else if (event instanceof CounterRejected e) {
            return names.nameOf(e.by()) + " rejects the board's counter-offer: " + names.withNames(e.reason());
        } else if (event instanceof SettlementWithdrawn e) {
            return names.nameOf(e.by()) + " withdraws the terms: " + names.withNames(e.reason());
        } else if (event instanceof BylawsAmended e) {
            return "The bylaws change (" + e.reason() + "): " + e.bylaws().quorumRule() + "; action without a meeting: "
                    + e.bylaws().actionWithoutMeeting().name().toLowerCase() + "; notice "
                    + (e.bylaws().noticeRequired() ? "required" : "not required");
        } else if (event instanceof DirectorProfileChanged e) {
            Weights w = e.profile().weights();
            return String.format("%s's resolve is set to %.0f, susceptibility %.2f%s (%s)", names.nameOf(e.profile().person()),
                    e.profile().resolve(), e.profile().susceptibility(), w.equals(Weights.EVEN) ? ""
                            : String.format(java.util.Locale.ROOT, "; pressure weighs %.2f from investors, %.2f from the"
                            + " staff, %.2f from colleagues", w.investors(), w.staff(), w.colleagues()), e.reason());
        }
        return null;
    }

    @Override
    public boolean standsAlone(DomainEvent event) {
        return event instanceof SettlementCountered || event instanceof CounterAccepted || event instanceof CounterRejected
                || event instanceof SettlementWithdrawn;
    }

    /**
     * What resolutions do, as a reader lists them: "Altman as CEO; Taylor and Summers join the board; Taylor as chair;
     * Sutskever, McCauley and Toner leave it; a board of 3 seats". People are named by surname: the story has named them
     * in full by then.
     */
    static String acts(List<Motion.Resolution> resolutions, Names names) {
        Map<Motion.Kind, List<String>> by = new java.util.EnumMap<>(Motion.Kind.class);
        List<String> officers = new ArrayList<>();
        for (Motion.Resolution r : resolutions) {
            if (r.kind() == Motion.Kind.APPOINT_OFFICER) {
                officers.add(Names.surname(names.nameOf(r.person())) + " as " + Names.office(r.role()));
            } else if (r.kind() == Motion.Kind.REMOVE_OFFICER) {
                officers.add(Names.surname(names.nameOf(r.person())) + " out as " + Names.office(r.role()));
            } else {
                by.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.person());
            }
        }
        List<String> parts = new ArrayList<>();
        by.getOrDefault(Motion.Kind.REMOVE_CEO, List.of()).forEach(p -> parts.add(surname(p, names) + " out as CEO"));
        by.getOrDefault(Motion.Kind.APPOINT_CEO, List.of()).forEach(p -> parts.add(surname(p, names) + " as CEO"));
        by.getOrDefault(Motion.Kind.APPOINT_INTERIM_CEO, List.of())
                .forEach(p -> parts.add(surname(p, names) + " as interim CEO"));
        List<String> elected = by.getOrDefault(Motion.Kind.ELECT_DIRECTOR, List.of());
        if (!elected.isEmpty()) {
            parts.add(names.surnames(elected) + (elected.size() == 1 ? " joins" : " join") + " the board");
        }
        by.getOrDefault(Motion.Kind.ELECT_CHAIR, List.of()).forEach(p -> parts.add(surname(p, names) + " as chair"));
        List<String> removed = by.getOrDefault(Motion.Kind.REMOVE_DIRECTOR, List.of());
        if (!removed.isEmpty()) {
            parts.add(names.surnames(removed) + " off the board");
        }
        by.getOrDefault(Motion.Kind.REMOVE_CHAIR, List.of()).forEach(p -> parts.add(surname(p, names) + " out as chair"));
        List<String> leaving = by.getOrDefault(Motion.Kind.DEPART, List.of());
        if (!leaving.isEmpty()) {
            parts.add(names.surnames(leaving) + (leaving.size() == 1 ? " leaves " : " leave ")
                    + (elected.isEmpty() ? "the board" : "it"));
        }
        parts.addAll(officers);
        by.getOrDefault(Motion.Kind.GRANT_OBSERVER_SEAT, List.of())
                .forEach(i -> parts.add("an observer seat for " + names.nameOf(i)));
        by.getOrDefault(Motion.Kind.FIX_BOARD_SIZE, List.of()).forEach(n -> parts.add("a board of " + n + " seats"));
        return String.join("; ", parts);
    }

    private static String surname(String person, Names names) {
        return Names.surname(names.nameOf(person));
    }

    /**
     * A motion's notes, each said once: notes that differ only in the director they begin with are told for all of
     * them together ("Sam Altman and Greg Brockman had no notice ...").
     */
    static String notes(List<String> notes, Names names) {
        Map<String, List<String>> directorsByNote = new LinkedHashMap<>();
        for (String note : notes) {
            int space = note.indexOf(' ');
            String first = space < 0 ? "" : note.substring(0, space);
            if (names.knows(first)) {
                directorsByNote.computeIfAbsent(note.substring(space + 1), k -> new ArrayList<>()).add(first);
            } else {
                directorsByNote.computeIfAbsent(note, k -> new ArrayList<>());
            }
        }
        List<String> told = new ArrayList<>();
        directorsByNote.forEach((rest, directors) -> {
            if (directors.isEmpty()) {
                told.add(names.withNames(rest));
            } else {
                String verb = directors.size() > 1 && rest.startsWith("was ") ? "were " + rest.substring(4) : rest;
                told.add(names.list(directors) + " " + names.withNames(verb));
            }
        });
        return String.join("; ", told);
    }

    @Override
    public Map<String, Object> view(Board board, World world) {
        Names names = world.names();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("members", List.copyOf(board.members()));
        out.put("chair", board.chair());
        out.put("observers", List.copyOf(board.observers()));
        out.put("seats", board.seats());
        out.put("vacancies", board.vacancies());
        out.put("quorum", board.quorum());
        out.put("quorumRule", board.bylaws() == null ? null : board.bylaws().quorumRule());
        // who is pivotal for a motion put to a meeting of every director in office, carried by a majority of them
        List<String> inOffice = List.copyOf(board.directors().keySet());
        Map<String, Double> banzhaf = Map.of();
        Map<String, Double> shapleyShubik = Map.of();
        boolean canMeet = !inOffice.isEmpty() && inOffice.size() >= board.quorum();
        if (canMeet && inOffice.size() <= VotingGame.MAX_VOTERS) {
            VotingGame game = VotingGame.oneVoteEach(inOffice, inOffice.size() / 2 + 1);
            banzhaf = game.banzhaf();
            shapleyShubik = game.shapleyShubik();
        }
        out.put("votingPower", !canMeet ? null : "a motion at a meeting of the " + inOffice.size() + " directors in office: "
                + (inOffice.size() / 2 + 1) + " votes carry it");
        List<Map<String, Object>> directors = new ArrayList<>();
        for (Board.Director d : board.directors().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("person", d.person());
            m.put("name", names.nameOf(d.person()));
            m.put("strain", Math.round(d.strain() * 10) / 10.0);
            m.put("resolve", d.resolve() >= 1e12 ? null : d.resolve());
            m.put("yielded", d.yielded());
            m.put("banzhaf", rounded(banzhaf.get(d.person())));
            m.put("shapleyShubik", rounded(shapleyShubik.get(d.person())));
            directors.add(m);
        }
        out.put("directors", directors);
        out.put("openSettlements", List.copyOf(board.openSettlements().keySet()));
        return out;
    }

    private static Double rounded(Double power) {
        return power == null ? null : Math.round(power * 10_000) / 10_000.0;
    }

    @Override
    public List<Condition> conditions() {
        return List.of(new Condition("not-director", true, (person, world) -> !Board.in(world).isDirector(person) ? null
                : "skipped: the step presupposes that " + world.names().nameOf(person) + " is off the board"),
                new Condition("not-carried", true, (motion, world) -> !Board.in(world).carried(motion) ? null
                        : "skipped: the board has carried motion " + motion),
                new Condition("reasons-unpublished", false, (none, world) -> Board.in(world).reasons() == 0 ? null
                        : "skipped: the step presupposes that the board has not published its reasons"));
    }

    /** ", moved most by the staff letter (61%) and Microsoft (22%)": the largest sources of a director's strain. */
    static String movedBy(Map<String, Double> shares, Names names) {
        List<String> parts = shares.entrySet().stream().limit(3).map(x -> source(x.getKey(), names)
                + String.format(java.util.Locale.ROOT, " (%.0f%%)", 100 * x.getValue())).toList();
        if (parts.isEmpty()) {
            return "";
        }
        String listed = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return ", moved most by " + listed;
    }

    /** A reading's component as a reader would name it. */
    static String source(String component, Names names) {
        if (component.equals("letter")) {
            return "the staff letter";
        } else if (component.equals("resignations")) {
            return "the resignations";
        } else if (component.startsWith("demand/")) {
            String by = component.substring("demand/".length());
            return names.knows(by) ? names.nameOf(by) + "'s call for the board to go" : "the " + by + "' demand";
        } else if (component.startsWith("investor/")) {
            String id = component.substring("investor/".length());
            return names.knows(id) ? names.nameOf(id) : id.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + id.substring(1);
        }
        return component;
    }
}
