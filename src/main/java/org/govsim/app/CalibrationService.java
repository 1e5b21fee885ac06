package org.govsim.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.govsim.calibration.Calibration;
import org.govsim.model.GovernanceModel;
import org.govsim.scenario.CalibrationFile;
import org.govsim.scenario.InputException;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;

/** Fits a scenario's free parameters to its reports, as a calibration file says; nothing is stored. */
public final class CalibrationService {

    /** Reads and checks the file (every path and both bounds against the scenario's world), then fits. */
    public CalibrationReport calibrate(Path file) {
        CalibrationFile calibration = CalibrationFile.load(file);
        ScenarioPlan plan = calibration.scenario();
        calibration.check(Simulation.begin(plan, GovernanceModel.standard(), r -> { }).world());
        if (Calibration.targets(plan.reports(), calibration.events()).isEmpty()) {
            throw new InputException(file, 0, "scenario", "the scenario has no reported counts or dated facts to fit to"
                    + " (its 'checkpoints' and 'reported')");
        }
        Calibration.Result r = new Calibration(calibration, plan).fit();
        return CalibrationReport.of(r, plan.zone());
    }

    /** The fit in the record shape every command returns: times as ISO text in the scenario's zone. */
    public record CalibrationReport(String calibration, String title, int seeds, double countTolerance,
                                    double hoursTolerance, int evaluations,
                                    long runs, double loss, double lossStandardError, List<Calibration.Estimate> estimates,
                                    List<Target> targets, Outputs outputs, Double leaveOneOutCountError,
                                    Double leaveOneOutHoursError, String zone) {

        static CalibrationReport of(Calibration.Result r, ZoneId zone) {
            List<Target> targets = r.targets().stream().map(t -> new Target(t.target().kind().name().toLowerCase(),
                    t.target().label(), Times.iso(t.target().at(), zone), t.target().kind() == Calibration.Kind.SIGNATURES
                    ? t.target().signatures() : null, t.target().source(), nan(t.mean()), nan(t.p10()), nan(t.p90()),
                    t.missing(), nan(t.error()), nan(t.leaveOneOut()))).toList();
            Calibration.Outputs o = r.outputs();
            return new CalibrationReport(r.name(), r.title(), r.seeds(), r.countTolerance(), r.hoursTolerance(),
                    r.evaluations(), r.runs(),
                    r.loss(), r.lossStandardError(), r.estimates(), targets, new Outputs(o.finalSignaturesP10(),
                    o.finalSignaturesP50(), o.finalSignaturesP90(), o.returnShare(), Times.iso(o.returnP10(), zone),
                    Times.iso(o.returnP50(), zone), Times.iso(o.returnP90(), zone)), nan(r.leaveOneOutCountError()),
                    nan(r.leaveOneOutHoursError()), zone.getId());
        }

        private static Double nan(double d) {
            return Double.isNaN(d) ? null : d;
        }
    }

    /**
     * A report at the fit. {@code mean}, {@code p10}, {@code p90}: the runs' count, or for an event the hours after the
     * reported time; {@code error} that of the mean (relative for a count, hours for an event); {@code leaveOneOut} the
     * error of a fit that did not see this report.
     */
    public record Target(String kind, String label, String at, Integer reported, String source, Double mean, Double p10,
                         Double p90, double missing, Double error, Double leaveOneOut) {
    }

    /** The final count's 10/50/90% and the share of runs in which the CEO returns, with its times' 10/50/90%. */
    public record Outputs(double finalSignaturesP10, double finalSignaturesP50, double finalSignaturesP90,
                          double returnShare, String returnP10, String returnP50, String returnP90) {
    }
}
