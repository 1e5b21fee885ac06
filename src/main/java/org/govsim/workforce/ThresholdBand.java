package org.govsim.workforce;

/**
 * One band of Granovetter thresholds: {@code share} of the staff hold a threshold drawn uniformly from [from, to].
 * A threshold is the share of colleagues who must have signed before this employee signs; above 1 means never.
 */
public record ThresholdBand(double share, double from, double to) {
}
