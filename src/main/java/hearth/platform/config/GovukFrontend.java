package hearth.platform.config;

/** The GOV.UK Frontend release the pages are built on (the WebJar in the pom). */
public final class GovukFrontend {

    public static final String VERSION = "5.14.0";
    public static final String BASE = "/webjars/govuk-frontend/" + VERSION + "/dist/govuk/";

    private GovukFrontend() {
    }
}
