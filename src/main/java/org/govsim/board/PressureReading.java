package org.govsim.board;

import java.util.Map;

/** The pressure on the board at one moment, by source (investor, letter, executives, ...), in model units per hour. */
public record PressureReading(double total, Map<String, Double> components) {
}
