package org.govsim.policy;

import java.util.Map;
import java.util.TreeMap;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.board.PressureReading;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.organisation.Organisation;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Command;
import org.govsim.simulation.CommandPreparer;
import org.govsim.simulation.ModelParameters;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/**
 * Reads the pressure on the board from the state of the other actors, weighed by the model's parameters. A pressure
 * reading is taken when it runs, not when it was planned.
 */
public final class PressureGauge implements CommandPreparer {

    @Override
    public Command prepare(Command command, World world) {
        // a reading already taken (the stockholders' rebuke, read when the result is announced) is kept as it is
        return command instanceof RecordPressure rp && rp.reading() == null ? rp.withReading(read(world)) : command;
    }

    public static PressureReading read(World world) {
        ModelParameters p = world.parameters();
        Map<String, Double> parts = new TreeMap<>();
        // an investor presses less hard against reasons that would convince a neutral reader
        double doubt = 1 - Board.in(world).reasons();
        for (Investor investor : Investor.all(world).values()) {
            switch (investor.stance()) {
                case PRESSING -> parts.put("investor/" + investor.id(), investor.pressure() * doubt);
                case LEGAL_THREAT -> parts.put("investor/" + investor.id(),
                        investor.pressure() * p.legalMultiplier() * doubt);
                default -> {
                }
            }
        }
        for (String by : Board.in(world).demandsToResign()) {
            if (!Organisation.in(world).knows(by)) {
                parts.put("demand/" + by, p.weightExecutiveDemand());
            } else if (by.equals(CeoOffice.in(world).holder()) && CeoOffice.in(world).interim()) {
                // a named person's backing weighs as the board's own interim CEO's, and only while they are
                parts.put("demand/" + by, p.weightInterimBacking());
            }
        }
        Workforce staff = Workforce.in(world);
        if (staff.signed() > 0 && staff.headcount() > 0) {
            // the letter's public count: a signer who leaves carries the threat out, so is still counted here
            double multiplier = staff.offerEmployer() == null ? 1 : 1 + p.outsideOfferMultiplier();
            parts.put("letter", (double) staff.signed() / staff.headcount() * p.weightSignatures() * multiplier);
        }
        if (staff.resigned() > 0 && staff.headcount() > 0) {
            parts.put("resignations", (double) staff.resigned() / staff.headcount() * p.weightResignations());
        }
        double total = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        return new PressureReading(round(total), roundAll(parts));
    }

    /**
     * The stockholders' rebuke at an election: the largest share of votes withheld from a director who still sits, in
     * percent (a point of pressure for each percent withheld). It is read once, when the result is announced, not at
     * every later tick.
     */
    static PressureReading rebuke(ElectionHeld election, World world) {
        Board board = Board.in(world);
        double withheld = election.results().stream().filter(r -> board.isDirector(r.person()))
                .mapToDouble(r -> r.withheldShare() * 100).max().orElse(0);
        double rounded = round(withheld);
        return new PressureReading(rounded, withheld > 0 ? Map.of("shareholders", rounded) : Map.of());
    }

    private static Map<String, Double> roundAll(Map<String, Double> parts) {
        Map<String, Double> rounded = new TreeMap<>();
        parts.forEach((k, v) -> rounded.put(k, round(v)));
        return rounded;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
