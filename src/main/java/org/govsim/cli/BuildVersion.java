package org.govsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version of the build and the commit it was built from, written into govsim-version.properties by Maven. */
final class BuildVersion implements IVersionProvider {

    static final String RESOURCE = "/govsim-version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[]{"govsim " + known(p.getProperty("version")) + " (commit " + known(p.getProperty("commit")) + ")"};
    }

    /** A value Maven did not fill in (a build outside git leaves the placeholder) is unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("@") ? "unknown" : value;
    }
}
