package org.govsim.simulation;

/** Fills a command that reads the world with the reading taken when it runs, not when it was planned. */
public interface CommandPreparer {

    /** The command to execute: {@code command} itself, or a copy carrying what it read from {@code world}. */
    Command prepare(Command command, World world);
}
