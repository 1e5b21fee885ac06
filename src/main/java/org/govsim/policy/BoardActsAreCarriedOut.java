package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.ResignFromBoard;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoCommands.AppointCeo;
import org.govsim.ceo.CeoCommands.AppointOfficer;
import org.govsim.ceo.CeoCommands.RemoveCeo;
import org.govsim.ceo.CeoCommands.RemoveOfficer;
import org.govsim.ceo.CeoOffice;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/** Officers serve at the board's pleasure: a carried motion's officer changes and agreed departures are carried out at once. */
public final class BoardActsAreCarriedOut implements Policy {

    public String name() { return "board-acts-are-carried-out"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof MotionCarried carried)) {
            return;
        }
        Motion motion = carried.motion();
        String office = CeoOffice.in(world).id();
        for (Motion.Resolution r : motion.resolutions()) {
            switch (r.kind()) {
                case REMOVE_CEO -> out.now(new RemoveCeo(office, r.person(), motion.id()));
                case APPOINT_CEO -> out.now(new AppointCeo(office, r.person(), false, motion.id()));
                case APPOINT_INTERIM_CEO -> out.now(new AppointCeo(office, r.person(), true, motion.id()));
                case APPOINT_OFFICER -> out.now(new AppointOfficer(office, r.person(), r.role(), motion.id()));
                case REMOVE_OFFICER -> out.now(new RemoveOfficer(office, r.person(), r.role(), motion.id()));
                case DEPART -> out.now(new ResignFromBoard(Board.in(world).id(), r.person(), "leaves the board under " + motion.title()));
                default -> {
                }
            }
        }
    }
}
