package org.valueexchange.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version Maven wrote into {@code version.properties} at build time. */
final class VersionProvider implements IVersionProvider {

    static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        return new String[] {"value " + version(), "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
