/**
 * The one rule for names and ids that people type: timelines, scenarios, what-ifs and experiments. Depends on nothing
 * of govsim, so the file readers and the store can both use it.
 */
package org.govsim.naming;
