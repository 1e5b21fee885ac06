package org.govsim.cli;

/** Output formats a command may offer. */
public enum Format {
    text, json, jsonl, csv, mermaid
}
