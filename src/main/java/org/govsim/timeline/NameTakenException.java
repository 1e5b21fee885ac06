package org.govsim.timeline;

/** Another timeline took the name first; a caller that chose the name itself may take the next free one. */
public class NameTakenException extends StoreException {
    public NameTakenException(String name, Throwable cause) {
        super("a timeline named '" + name + "' already exists", cause);
    }
}
