package org.govsim.scenario;

import java.nio.file.Path;

/** Bad input: names the file, the line and the field, so the author can fix it. */
public class InputException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public InputException(Path file, int line, String field, String message) {
        this(file == null ? "<input>" : file.toString(), line, field, message);
    }

    public InputException(String file, int line, String field, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** Bad input in a request to the application layer, naming the request's field ("at", "name", "timeline"). */
    public static InputException request(String field, String message) {
        return new InputException(REQUEST, 0, field, message);
    }

    /** The file of an error in a request rather than a file: adapters name the field as their own option. */
    public static final String REQUEST = "<request>";

    public boolean inRequest() { return REQUEST.equals(file); }

    public String file() { return file; }

    public int line() { return line; }

    public String field() { return field; }

    /** "file:line: field: message", the form editors and terminals recognise. */
    public String describe() {
        if (line == 0 && file.startsWith("--")) {
            return "option " + file + ": " + getMessage();
        }
        if (line == 0 && file.matches("[A-Z]+")) {
            return "argument " + file + ": " + getMessage();
        }
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(getMessage()).toString();
    }
}
