package org.govsim.timeline;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.govsim.scenario.InputException;

/**
 * The directory of an H2 store, as a path and never as connection settings: H2 reads everything after a ';' in its URL
 * as a setting (INIT runs SQL, and through CREATE ALIAS Java), so a directory whose name H2 would read as more than a
 * file name is refused before anything is opened or written.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    /**
     * The directory named by {@code given}, absolute and normalised; refused as bad input in the request field
     * {@code field} (the option or variable that gave it) when H2 would read part of it as a setting.
     */
    static Path checked(String given, String field) {
        if (given.isBlank()) {
            throw InputException.request(field, "the data directory is empty");
        }
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (c == ';') {
                throw InputException.request(field, "the data directory '" + given + "' contains ';', which the "
                        + "database would read as a connection setting; choose a directory without it");
            }
            if (Character.isISOControl(c)) {
                throw InputException.request(field, "the data directory contains a control character (code "
                        + (int) c + ")");
            }
        }
        Path dir;
        try {
            dir = Path.of(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw InputException.request(field, "'" + given + "' is not a directory path: " + e.getReason());
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.request(field, "the data directory " + dir + " is a file, not a directory");
        }
        return dir;
    }

    /** Creates the directory when it is missing; a file in its place or a directory that cannot be made is the user's to fix. */
    static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw StoreException.environment("the data directory " + dir + " is a file, not a directory", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw StoreException.environment("cannot create the data directory " + dir + ": " + e.getFile()
                    + " is a file, not a directory", e);
        } catch (NoSuchFileException e) {
            throw StoreException.environment("cannot create the data directory " + dir + ": " + e.getFile()
                    + " does not exist", e);
        } catch (IOException e) {
            throw StoreException.environment("cannot create the data directory " + dir + ": " + StoreFailures.reason(e), e);
        }
    }
}
