/**
 * The company's sources of cash as an actor: each source (a financier's commitment, an offering, a credit line) with
 * its amount and the source it depends on, if any (a credit line conditional on an offering). Sources are lost (an
 * offering postponed, a financier walking away) or added (a rival financier); losing one loses every source that
 * depends on it. Who provides what share of the cash still available is the leverage the policies read. Domain only:
 * may use the simulation's message types.
 */
package org.govsim.financing;
