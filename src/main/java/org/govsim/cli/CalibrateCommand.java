package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import org.govsim.app.CalibrationService;
import org.govsim.app.CalibrationService.CalibrationReport;
import org.govsim.calibration.Calibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit a scenario's free parameters to its reports (signature counts and dated facts), as a "
                + "calibration file names them: prints the fit, an interval for each parameter and whether the data pin "
                + "it, each report against the fitted runs, the error of predicting each report from a fit without it "
                + "(leave-one-out), and what the fit gives for the final count and the return. Stores nothing.",
        footer = {"%nExample:", "  govsim calibrate scenarios/calibration/openai-2023-letter.yaml"})
final class CalibrateCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        CalibrationReport r = new CalibrationService().calibrate(file);
        PrintWriter out = out();
        if (json()) {
            Output.json(out, r);
            return Main.OK;
        }
        ZoneId zone = ZoneId.of(r.zone());
        out.println(r.title());
        out.printf(Locale.ROOT, "%d parameters fitted to %d reports; each point is the mean of %d seeded runs.%n",
                r.estimates().size(), r.targets().size(), r.seeds());
        out.printf(Locale.ROOT, "Loss of a run (a chi-square): the sum of (count off / (%s%% of the count))^2 and "
                + "(hours off / %s)^2;%nan event that does not come counts as %d hours off.%n",
                num(100 * r.countTolerance()), num(r.hoursTolerance()), (int) Calibration.MISSING_HOURS);
        out.printf(Locale.ROOT, "Fit: loss %.4f (standard error %.4f) after %d evaluations, %,d runs.%n%n", r.loss(),
                r.lossStandardError(), r.evaluations(), r.runs());
        out.printf(Locale.ROOT, "Parameters (interval: values whose loss, others at the fit, is within %s of the best; "
                + "95%%):%n", num(Calibration.PROFILE_CHI_SQUARE));
        for (Calibration.Estimate e : r.estimates()) {
            out.printf(Locale.ROOT, "  %-36s %10s   interval %s to %s of %s to %s   %s%n", e.path(), num(e.value()),
                    num(e.low()), num(e.high()), num(e.from()), num(e.to()), e.pinned() ? "pinned"
                            : String.format(Locale.ROOT, "NOT PINNED (an assumption; the loss rises by at most %.2f across"
                            + " its bounds)", e.lossRise()));
        }
        out.println();
        out.println("Reports against the fitted runs (10-90% of the runs; leave-one-out: predicted by a fit without it):");
        for (CalibrationService.Target t : r.targets()) {
            String when = Output.when(t.at(), zone);
            if (t.kind().equals("signatures")) {
                out.printf(Locale.ROOT, "  %-36s %s  reported %4d  runs %6.1f (%s-%s)  %+.1f%%  leave-one-out %+.1f%%%n",
                        "signatures", when, t.reported(), t.mean(), num(t.p10()), num(t.p90()), 100 * t.error(),
                        100 * t.leaveOneOut());
            } else {
                out.printf(Locale.ROOT, "  %-36s %s  runs %s h (%s to %s)%s  leave-one-out %s h%n", t.label(), when,
                        t.mean() == null ? "never" : String.format(Locale.ROOT, "%+.1f", t.mean()),
                        t.p10() == null ? "-" : num(t.p10()), t.p90() == null ? "-" : num(t.p90()),
                        t.missing() > 0 ? String.format(Locale.ROOT, ", missing in %.0f%% of runs", 100 * t.missing()) : "",
                        String.format(Locale.ROOT, "%+.1f", t.leaveOneOut()));
            }
        }
        out.println();
        if (r.leaveOneOutCountError() != null) {
            out.printf(Locale.ROOT, "Leave-one-out: counts off by %.1f%% on average", 100 * r.leaveOneOutCountError());
            out.println(r.leaveOneOutHoursError() == null ? "." : String.format(Locale.ROOT,
                    ", events by %.1f hours.", r.leaveOneOutHoursError()));
        } else if (r.leaveOneOutHoursError() != null) {
            out.printf(Locale.ROOT, "Leave-one-out: events off by %.1f hours on average.%n", r.leaveOneOutHoursError());
        }
        CalibrationService.Outputs o = r.outputs();
        out.printf(Locale.ROOT, "Outputs of the fit: final signatures %s (10-90%%: %s-%s); the CEO returns in %.0f%% of "
                + "runs%s.%n", num(o.finalSignaturesP50()), num(o.finalSignaturesP10()), num(o.finalSignaturesP90()),
                100 * o.returnShare(), o.returnP50() == null ? "" : ", at " + Output.when(o.returnP50(), zone)
                        + " (10-90%: " + Output.when(o.returnP10(), zone) + " to " + Output.when(o.returnP90(), zone) + ")");
        return Main.OK;
    }

    private static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e12) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.3g", d);
    }
}
