package hearth.recording;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Large files sent to the real server (MockMvc applies no server limits): one over Hearth's limit gets the upload
 * form back with the GOV.UK error and what was typed; one over the server's own limit gets the clear 413 page,
 * never a failure or a dropped connection.
 */
@HearthTest
class OversizeUploadTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void aFileOverTheServersLimitGoesBackToTheFormWithAClearError() throws Exception {
        RecordingSetup s = new RecordingSetup(context);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String token = csrf(http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String login = "username=" + s.worker + "&password=" + URLEncoder.encode(Fixtures.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + token;
        http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.discarding());
        String form = base + "/children/" + s.child.id() + "/documents/new";
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String formToken = csrf(page.body());

        HttpResponse<String> overOurLimit = post(http, form, formToken, 27);
        assertThat(overOurLimit.statusCode()).isEqualTo(200);
        assertThat(overOurLimit.body()).contains("The selected file must be smaller than 20 MB")
                .contains("govuk-error-summary").contains("value=\"Huge\"");

        HttpResponse<String> overTheServers = post(http, form, formToken, 52);
        assertThat(overTheServers.statusCode()).isEqualTo(413);
        assertThat(overTheServers.body()).contains("That file or form is too large").contains("govuk-");
    }

    private static HttpResponse<String> post(HttpClient http, String form, String token, int megabytes)
            throws Exception {
        String boundary = "hearthboundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHuge\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[megabytes * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.send(HttpRequest.newBuilder(URI.create(form)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
