package org.govsim.workforce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Rng;
import org.govsim.simulation.World;
import org.govsim.workforce.WorkforceCommands.*;
import org.govsim.workforce.WorkforceEvents.*;

/**
 * The employees as a body: headcount, each employee's Granovetter threshold, the open letter and its signatures,
 * resignations. An employee signs once the share of colleagues who signed reaches their threshold (less any discount
 * an outside job offer brings), at the day or night reaction rate. Signers are always the lowest thresholds, so a
 * count of signers and the sorted thresholds describe the whole body.
 */
public class Workforce implements Actor {

    public static final String AGGREGATE = "workforce";
    public static final WorkforceKind KIND = new WorkforceKind();

    /** The staff of a world (an empty body before it is formed). */
    public static Workforce in(World world) {
        return world.actor(KIND);
    }

    @AggregateIdentifier
    private String id;
    private WorkforceFormed profile;
    /** Derived from the profile and the seed; rebuilt rather than stored. */
    private transient double[] thresholds = new double[0];
    private boolean letterOpen;
    private List<String> demands = List.of();
    private int signed;
    private int resigned;
    private int resignedSigners;
    private String offerEmployer;
    private double offerDiscount;
    /** How much more of their colleagues the unsigned need to have signed, after weighing the board's reasons. */
    private double doubt;
    private boolean executivesBriefed;
    private Instant letterOpenedAt;
    private int peakSignatures;

    public Workforce() {
    }

    @CommandHandler
    public void handle(OpenLetter c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(CloseLetter c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(TallyLetter c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(LeaveForOffer c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ResignEmployees c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(WithdrawResignations c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ReceiveOutsideOffer c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(WeighReasons c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(BriefExecutives c) { decide(c).forEach(e -> apply(e)); }

    @EventSourcingHandler
    public void on(WorkforceEvent e, @Timestamp Instant at) { evolve(e, at); }

    public List<DomainEvent> decide(Command command) {
        if (command instanceof OpenLetter c) {
            return letterOpen ? List.of() : List.of(new LetterOpened(demandsNow(c.demands()), c.trigger()));
        } else if (command instanceof CloseLetter c) {
            return !letterOpen ? List.of() : demands.stream().filter(d -> d.contains(c.returned())).findFirst()
                    .<List<DomainEvent>>map(d -> List.of(new LetterClosed(d, c.reason()))).orElse(List.of());
        } else if (command instanceof TallyLetter c) {
            int fresh = Rng.binomial(Rng.of(profile.seed(), "sign", c.at().getEpochSecond()), eligibleUnsigned(),
                    1 - Math.exp(-rate(c.localHour()) * c.hours()));
            return fresh == 0 ? List.of() : List.of(new LetterSigned(fresh, signed + fresh, employed()));
        } else if (command instanceof LeaveForOffer c) {
            if (offerEmployer == null) {
                return List.of();
            }
            int staying = signed - resignedSigners;
            SplittableRandom random = Rng.of(profile.seed(), "leave", c.at().getEpochSecond());
            int leaving = Rng.binomial(random, staying, 1 - Math.exp(-c.ratePerHour() * c.hours()));
            return leaving == 0 ? List.of()
                    : List.of(new EmployeesResigned(leaving, leaving, "signers leave to join " + offerEmployer));
        } else if (command instanceof ResignEmployees c) {
            return c.count() <= 0 ? List.of() : List.of(new EmployeesResigned(c.count(), 0, c.reason()));
        } else if (command instanceof WithdrawResignations c) {
            int protesters = resigned - resignedSigners;
            return protesters == 0 ? List.of() : List.of(new ResignationsWithdrawn(protesters, c.reason()));
        } else if (command instanceof WeighReasons c) {
            return c.thresholdShift() <= doubt ? List.of() : List.of(new ReasonsWeighed(c.strength(), c.thresholdShift()));
        } else if (command instanceof ReceiveOutsideOffer c) {
            return c.employer().equals(offerEmployer) ? List.of()
                    : List.of(new OutsideOfferExtended(c.employer(), c.thresholdDiscount()));
        } else if (command instanceof BriefExecutives c) {
            return List.of(new ExecutivesBriefed(profile.executives(), profile.executiveLoyalty()));
        }
        throw new IllegalArgumentException("The workforce does not handle " + command.getClass().getSimpleName());
    }

    @Override
    public void evolve(DomainEvent event, Instant at) {
        if (event instanceof WorkforceFormed e) {
            id = e.workforce();
            profile = e;
            thresholds = drawThresholds(e);
        } else if (event instanceof LetterOpened e) {
            letterOpen = true;
            demands = e.demands();
            letterOpenedAt = at;
        } else if (event instanceof LetterClosed e) {
            letterOpen = false;
        } else if (event instanceof LetterSigned e) {
            signed = e.signatures();
            peakSignatures = Math.max(peakSignatures, e.signatures());
        } else if (event instanceof EmployeesResigned e) {
            resigned += e.count();
            resignedSigners += e.signers();
        } else if (event instanceof ResignationsWithdrawn e) {
            resigned -= e.count();
            // signers who left for the offer stay with the new employer; older streams withdrew every resignation
            resignedSigners = Math.min(resignedSigners, resigned);
        } else if (event instanceof ReasonsWeighed e) {
            doubt = Math.max(doubt, e.thresholdShift());
        } else if (event instanceof OutsideOfferExtended e) {
            offerEmployer = e.employer();
            offerDiscount = e.thresholdDiscount();
        } else if (event instanceof ExecutivesBriefed e) {
            executivesBriefed = true;
        } else if (event instanceof WorkforceProfileChanged e) {
            profile = e.profile();
            thresholds = drawThresholds(e.profile());
        }
    }

    /** Rebuilds what is derived rather than stored, after the state was restored from a snapshot. */
    @Override
    public void restoreDerived() {
        if (profile != null) {
            thresholds = drawThresholds(profile);
        }
    }

    /** Thresholds follow from the bands and the seed alone: stratified counts per band, uniform draws within it. */
    static double[] drawThresholds(WorkforceFormed e) {
        double[] t = new double[e.headcount()];
        SplittableRandom random = Rng.of(e.seed(), "thresholds", e.headcount());
        int i = 0;
        List<ThresholdBand> bands = e.thresholds();
        if (WorkforceFormed.LOTTERY.equals(e.draw())) {
            double total = bands.stream().mapToDouble(ThresholdBand::share).sum();
            for (; i < t.length; i++) {
                double u = random.nextDouble() * total;
                ThresholdBand band = bands.get(bands.size() - 1);
                for (ThresholdBand b : bands) {
                    if (u < b.share()) {
                        band = b;
                        break;
                    }
                    u -= b.share();
                }
                t[i] = band.from() + (band.to() - band.from()) * random.nextDouble();
            }
            Arrays.sort(t);
            return t;
        }
        for (int b = 0; b < bands.size(); b++) {
            ThresholdBand band = bands.get(b);
            int n = b == bands.size() - 1 ? e.headcount() - i : (int) Math.round(band.share() * e.headcount());
            for (int k = 0; k < n && i < t.length; k++, i++) {
                t[i] = band.from() + (band.to() - band.from()) * random.nextDouble();
            }
        }
        Arrays.sort(t);
        return t;
    }

    private double rate(int localHour) {
        boolean night = profile.nightFrom() <= profile.nightTo()
                ? localHour >= profile.nightFrom() && localHour < profile.nightTo()
                : localHour >= profile.nightFrom() || localHour < profile.nightTo();
        return night ? profile.signRateNight() : profile.signRateDay();
    }

    /**
     * Employees still here whose threshold the share of signers still here (plus any outside-offer discount) has
     * reached, and who have not signed. Signers who left no longer count towards the share.
     */
    public int eligibleUnsigned() {
        if (!letterOpen) {
            return 0;
        }
        // organisers (threshold 0) sign whatever the board says; the others weigh its reasons
        double bar = signedShare() + offerDiscount;
        int eligible = 0;
        while (eligible < thresholds.length && (thresholds[eligible] == 0 || thresholds[eligible] + doubt <= bar)) {
            eligible++;
        }
        int unsignedStaff = employed() - (signed - resignedSigners);
        return Math.max(0, Math.min(eligible - signed, unsignedStaff));
    }

    public String id() { return id; }

    public int headcount() { return profile == null ? 0 : profile.headcount(); }

    public int employed() { return headcount() - resigned; }

    public boolean letterOpen() { return letterOpen; }

    public List<String> demands() { return demands; }

    public int signed() { return signed; }

    public int resigned() { return resigned; }

    /**
     * The letter's demands as the staff write them when it opens: the seed's demands, and the threat to follow an
     * outside employer only where one has offered them jobs by then.
     */
    private List<String> demandsNow(List<String> demands) {
        if (offerEmployer == null) {
            return demands;
        }
        List<String> out = new ArrayList<>(demands);
        out.add("otherwise signers may join " + offerEmployer + ", which offered jobs to all");
        return out;
    }

    /** Signers who resigned to join the outside employer. */
    public int leftForOffer() { return resignedSigners; }

    /** Those who resigned in protest rather than for the outside offer: the ones who may come back. */
    public int resignedInProtest() { return resigned - resignedSigners; }

    public double signedShare() {
        return employed() == 0 ? 0 : (double) (signed - resignedSigners) / employed();
    }

    public String offerEmployer() { return offerEmployer; }

    public boolean executivesBriefed() { return executivesBriefed; }

    /** When the letter opened, or null. */
    public Instant letterOpenedAt() { return letterOpenedAt; }

    /** The most signatures the letter ever carried. */
    public int peakSignatures() { return peakSignatures; }

    public WorkforceFormed profile() { return profile; }
}
