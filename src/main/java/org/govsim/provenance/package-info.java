/**
 * Where each event of a timeline comes from, in the tiers a reader can weigh: reported (a source says so), calibrated
 * (a policy whose parameters were fitted to a report), modelled (a policy, nothing reported behind it), assumed (a given
 * without a source) and what-if (an edit of a branch); and the claims the sources contest. Uses the simulation engine
 * only; never an actor package, the CLI, the web, YAML or a database.
 */
package org.govsim.provenance;
