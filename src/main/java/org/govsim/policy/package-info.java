/**
 * Policies: the actors' standing reactions to events, each small and named, issuing commands now or later.
 * Domain only: reads the world and the actor packages; holds no state of its own.
 */
package org.govsim.policy;
