package org.govsim.simulation;

/**
 * Weights and rates of the behaviour model. Every value is a modelling choice, calibrated in the seed world
 * so that the historical run comes out; a what-if may change any of them.
 *
 * @param pressureTickHours     how often the pressure on the board is measured
 * @param tallyTickHours        how often new letter signatures are counted
 * @param weightExecutiveDemand pressure from the executives' demand that the board resign
 * @param weightInterimBacking  pressure when the board's own interim CEO backs the demands
 * @param weightSignatures      pressure per unit share of staff who signed the letter
 * @param outsideOfferMultiplier extra weight of signatures while an outside employer offers them jobs
 * @param legalMultiplier       an investor weighing legal action presses this many times harder
 * @param weightResignations    pressure per unit share of staff who resigned
 * @param letterOrganiseHours   time from the trigger to the letter's first signatures
 * @param letterUltimatumHours  after this long with the board holding, signers begin to leave for an outside offer
 * @param leaveRatePerHour      hazard of a signer leaving once the ultimatum has run out
 * @param offerThresholdDiscount how much an outside job offer for all staff lowers every employee's signing threshold
 * @param pressureTolerance     pressure per hour a director bears without strain; above it strain builds, below it eases
 */
public record ModelParameters(double pressureTickHours, double tallyTickHours, double weightExecutiveDemand,
                              double weightInterimBacking, double weightSignatures, double outsideOfferMultiplier,
                              double legalMultiplier, double weightResignations, double letterOrganiseHours,
                              double letterUltimatumHours, double leaveRatePerHour,
                              double offerThresholdDiscount, double pressureTolerance) {
}
