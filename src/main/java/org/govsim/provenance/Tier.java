package org.govsim.provenance;

/** How far a reader may trust an event, from a source's word to a branch's edit. */
public enum Tier {
    REPORTED("reported"),
    CALIBRATED("calibrated"),
    MODELLED("modelled"),
    ASSUMED("assumed"),
    WHAT_IF("what-if");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
