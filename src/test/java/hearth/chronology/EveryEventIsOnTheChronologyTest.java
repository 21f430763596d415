package hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import hearth.chronology.events.NotOnTheChronology;
import hearth.frontdoor.ContactRecorded;
import hearth.court.CourtOrderMade;
import hearth.workforce.ChildAllocated;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * Inspectors found chronologies that left out key events. This fails the build when any context publishes an event
 * that the chronology neither enters nor deliberately leaves out with a reason.
 *
 * <p>A published event is a record in a module's base package (its published API) that is constructed in a method
 * which calls {@code publishEvent}, or that some other context listens for. The chronology's mapping is an
 * {@code @EventListener} method in {@code hearth.chronology} taking that type.
 */
class EveryEventIsOnTheChronologyTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("hearth");

    @Test
    void everyPublishedEventHasAChronologyEntryOrAReasonItHasNone() {
        Set<String> published = publishedEvents();
        Set<String> entered = enteredOnTheChronology();
        Set<String> excluded = NotOnTheChronology.EVENTS.keySet().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(entered);
        missing.removeAll(excluded);
        assertThat(missing).as("published events with no chronology listener in hearth.chronology.events and no "
                + "reason in NotOnTheChronology").isEmpty();
    }

    @Test
    void theDiscoveryFindsEventsFromEveryContextSoTheCheckAboveCannotPassEmpty() {
        assertThat(publishedEvents()).contains(ContactRecorded.class.getName(), CourtOrderMade.class.getName(),
                ChildAllocated.class.getName(), "hearth.childinneed.CaseClosed",
                "hearth.childprotection.ChildProtectionPlanStarted", "hearth.assessment.AssessmentAuthorised");
        assertThat(publishedEvents()).noneMatch(name -> name.endsWith("View"));
    }

    @Test
    void everyExclusionIsStillAPublishedEventAndHasAReason() {
        assertThat(publishedEvents()).containsAll(NotOnTheChronology.EVENTS.keySet().stream().map(Class::getName).toList());
        assertThat(NotOnTheChronology.EVENTS.values()).allSatisfy(reason -> assertThat(reason).hasSizeGreaterThan(20));
        Set<String> both = new TreeSet<>(enteredOnTheChronology());
        both.retainAll(NotOnTheChronology.EVENTS.keySet().stream().map(Class::getName).toList());
        assertThat(both).as("both entered and excluded").isEmpty();
    }

    @Test
    void everyEnteredEventHasPlainLanguageWordingInTheBundle() throws IOException {
        // each context keeps the chronology wording for its own events in its own bundle
        Properties bundle = new Properties();
        for (org.springframework.core.io.Resource r : new org.springframework.core.io.support
                .PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            try (InputStream in = r.getInputStream()) {
                bundle.load(in);
            }
        }
        for (String type : enteredOnTheChronology()) {
            String simple = type.substring(type.lastIndexOf('.') + 1);
            assertThat(bundle.stringPropertyNames())
                    .as("wording for " + simple)
                    .anyMatch(key -> key.equals("chronology.event." + simple)
                            || key.startsWith("chronology.event." + simple + "."));
        }
    }

    /** Records in a module base package made where an event is published, or listened for by another context. */
    static Set<String> publishedEvents() {
        Set<String> events = new TreeSet<>();
        for (JavaClass type : MAIN) {
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                boolean publishes = unit.getMethodCallsFromSelf().stream().anyMatch(EveryEventIsOnTheChronologyTest::isPublish);
                if (publishes) {
                    for (JavaConstructorCall call : unit.getConstructorCallsFromSelf()) {
                        JavaClass made = call.getTargetOwner();
                        // New* records are commands handed to an API (NewContact, NewVisit...), never events
                        if (isPublishedRecord(made) && !made.getSimpleName().startsWith("New")) {
                            events.add(made.getName());
                        }
                    }
                }
            }
            if (!type.getPackageName().startsWith("hearth.chronology")) {
                listenedFor(type).stream().filter(EveryEventIsOnTheChronologyTest::isPublishedRecord)
                        .forEach(t -> events.add(t.getName()));
            }
        }
        return events;
    }

    /** The event types the chronology's listeners take. */
    static Set<String> enteredOnTheChronology() {
        Set<String> types = new TreeSet<>();
        for (JavaClass type : MAIN) {
            if (type.getPackageName().startsWith("hearth.chronology")) {
                listenedFor(type).forEach(t -> types.add(t.getName()));
            }
        }
        return types;
    }

    private static Set<JavaClass> listenedFor(JavaClass type) {
        return type.getMethods().stream().filter(m -> m.isAnnotatedWith(EventListener.class))
                .filter(m -> m.getRawParameterTypes().size() == 1).map(JavaMethod::getRawParameterTypes)
                .map(p -> p.get(0)).collect(Collectors.toSet());
    }

    private static boolean isPublish(JavaMethodCall call) {
        return call.getName().equals("publishEvent")
                && call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class);
    }

    /** A record in a module's base package ({@code hearth.<context>}), i.e. part of its published API. */
    private static boolean isPublishedRecord(JavaClass type) {
        return type.isRecord() && type.getPackageName().matches("hearth\\.[a-z]+");
    }
}
