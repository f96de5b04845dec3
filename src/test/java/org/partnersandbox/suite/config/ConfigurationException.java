package org.partnersandbox.suite.config;

/**
 * A wrong or incomplete configuration. Its message is one line naming the key to set; it carries
 * no stack trace, because the trace says nothing to someone who only has to set a variable.
 */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super("Configuration: " + message, null, false, false);
    }
}
