package hearth.platform.config;

import org.springframework.core.env.Environment;

/** Demo (embedded database, generated data, banner on every page) or production. */
public enum HearthMode {
    DEMO, PRODUCTION;

    public static HearthMode of(Environment env) {
        return "production".equalsIgnoreCase(env.getProperty("hearth.mode", "demo")) ? PRODUCTION : DEMO;
    }

    public boolean isProduction() {
        return this == PRODUCTION;
    }
}
