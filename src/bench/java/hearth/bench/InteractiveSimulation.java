package hearth.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signed-in people using Hearth at once. Each virtual user signs in once as a demo account (password
 * {@code demo}), then until the run ends: opens My work, opens a child from it, searches by a surname,
 * managers open Team, and now and then records a child in need visit for a child on their list. Pauses
 * between pages are the think time. Settings are system properties (bench/run passes them):
 * {@code bench.baseUrl}, {@code bench.users}, {@code bench.seconds} (how long each user keeps working),
 * {@code bench.rampSeconds}, {@code bench.thinkMinMs}, {@code bench.thinkMaxMs}, {@code bench.visitPercent}.
 */
public class InteractiveSimulation extends Simulation {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * Who signs in, in proportion: mostly case holders, some managers. The service manager has no My work (no case
     * work of their own): they open Team in its place.
     */
    private static final List<String> ACCOUNTS = List.of("sw.demo", "sw.demo", "sw.demo", "sw.demo", "fw.demo",
            "pa.demo", "iro.demo", "sw.demo", "tm.demo", "sm.demo");
    private static final String SERVICE_MANAGER = "sm.demo";
    private static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
            "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Turner", "Hill", "Scott",
            "Cooper", "Ward", "Morris", "Patel", "Khan", "Hussain", "Ali", "Ahmed", "Begum", "Singh", "Kowalski",
            "Okafor", "Smyth", "Tomson", "Wilsen");

    private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 120);
    private static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 30);
    private static final long THINK_MIN_MS = Long.getLong("bench.thinkMinMs", 1000);
    private static final long THINK_MAX_MS = Long.getLong("bench.thinkMaxMs", 3000);
    private static final double VISIT_PERCENT = Double.parseDouble(System.getProperty("bench.visitPercent", "20"));

    private final AtomicInteger next = new AtomicInteger();

    private final Iterator<Map<String, Object>> accounts = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            return Map.of("username", ACCOUNTS.get(next.getAndIncrement() % ACCOUNTS.size()));
        }
    };

    private final Iterator<Map<String, Object>> surnames = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            return Map.of("surname", SURNAMES.get(ThreadLocalRandom.current().nextInt(SURNAMES.size())));
        }
    };

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(THINK_MIN_MS), Duration.ofMillis(THINK_MAX_MS));
    }

    private static Session pick(Session session, String list, String into) {
        if (!session.contains(list)) {
            return session.remove(into);
        }
        List<Object> values = session.getList(list);
        if (values.isEmpty()) {
            return session.remove(into);
        }
        return session.set(into, values.get(ThreadLocalRandom.current().nextInt(values.size())));
    }

    private final ChainBuilder signIn = exec(
            http("sign-in page").get("/sign-in").check(css("input[name='_csrf']", "value").saveAs("csrf")),
            http("sign in").post("/sign-in").formParam("username", "#{username}").formParam("password", "demo")
                    .formParam("_csrf", "#{csrf}").check(substring("/sign-out")),
            http("search page").get("/people/search").check(css("input[name='_csrf']", "value").saveAs("csrf")));

    private final ChainBuilder myWork = exec(session -> session.removeAll("children", "childId", "episodes",
            "episodeId", "visitLink"))
            .doIfOrElse(session -> !SERVICE_MANAGER.equals(session.getString("username")))
            .then(exec(http("my work").get("/my-work")
                    .check(regex("/children/(" + UUID + ")").findAll().optional().saveAs("children"))))
            .orElse(exec(http("team").get("/team")
                    .check(regex("/children/(" + UUID + ")").findAll().optional().saveAs("children"))))
            .exec(session -> pick(session, "children", "childId"))
            .exec(think());

    private final ChainBuilder childRecord = doIf(session -> session.contains("childId"))
            .then(exec(http("child record").get("/children/#{childId}")).exec(think()));

    private final ChainBuilder search = feed(surnames)
            .exec(http("search by name").post("/people/search").formParam("q", "#{surname}")
                    .formParam("_csrf", "#{csrf}").check(status().is(200)))
            .exec(think());

    private final ChainBuilder team = doIf(session -> "tm.demo".equals(session.getString("username"))).then(exec(http("team").get("/team")).exec(think()));

    private final ChainBuilder recordVisit = doIf(session -> session.contains("childId")).then(
            exec(http("child in need").get("/children/#{childId}/child-in-need")
                    .check(regex("/cin-episodes/(" + UUID + ")").findAll().optional().saveAs("episodes")))
                    .exec(session -> pick(session, "episodes", "episodeId"))
                    .doIf(session -> session.contains("episodeId")).then(
                            exec(http("cin episode").get("/cin-episodes/#{episodeId}")
                                    .check(regex("/cin-episodes/" + UUID + "/visits/new").optional()
                                            .saveAs("visitLink")))
                                    .doIf(session -> session.contains("visitLink")).then(
                                            exec(http("visit form").get("#{visitLink}")
                                                    .check(css("input[name='_csrf']", "value").saveAs("csrf")))
                                                    .exec(think())
                                                    .exec(session -> today(session))
                                                    .exec(http("record a visit").post("#{visitLink}")
                                                            .formParam("_csrf", "#{csrf}")
                                                            .formParam("visitDateDay", "#{day}")
                                                            .formParam("visitDateMonth", "#{month}")
                                                            .formParam("visitDateYear", "#{year}")
                                                            .formParam("seen", "yes")
                                                            .formParam("seenAlone", "yes")
                                                            .formParam("wishes", "Benchmark visit: the child said "
                                                                    + "they were happy at school and wanted more "
                                                                    + "time with their grandmother.")
                                                            .disableFollowRedirect()
                                                            .check(status().is(302)))
                                                    .exec(think()))));

    private static Session today(Session session) {
        LocalDate today = LocalDate.now(LONDON);
        return session.set("day", today.getDayOfMonth()).set("month", today.getMonthValue())
                .set("year", today.getYear());
    }

    private final ScenarioBuilder people = scenario("signed-in people")
            .feed(accounts)
            .exec(signIn)
            .exec(think())
            .exec(during(Duration.ofSeconds(SECONDS)).on(
                    exec(myWork, childRecord, search, team)
                            .exec(randomSwitch().on(new Choice.WithWeight(VISIT_PERCENT, recordVisit)))));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en-GB")
            .userAgentHeader("Hearth benchmark (Gatling)")
            .disableCaching();

    {
        setUp(people.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().lte(0L));
    }
}
