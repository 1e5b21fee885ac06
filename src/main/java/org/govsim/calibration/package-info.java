/**
 * Calibration as a method: fits a scenario's free parameters to the reports its stream carries (signature counts and
 * dated facts) by a stated loss, and says how well the data pin each parameter (a profile interval), how well the fit
 * predicts a report it did not see (leave-one-out), and what the fitted model gives for the outputs no report fixes.
 * Uses the domain, the model, provenance and the scenario loader; never the CLI or a database.
 */
package org.govsim.calibration;
