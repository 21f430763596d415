package hearth.people.rest;

import hearth.audit.AuditTrail;
import hearth.people.EditConflict;
import hearth.people.People;
import hearth.people.PeopleSearch;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.SearchHit;
import hearth.people.SearchQuery;
import hearth.people.domain.Person;
import hearth.people.domain.PersonRepository;
import hearth.people.web.PersonForm;
import hearth.people.web.PersonForms;
import hearth.people.web.RecordGate;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People over HTTP, with the same permissions, record rules, audit and validation as the pages. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Children and the adults in their lives")
class PeopleApi {

    private final People people;
    private final PeopleSearch search;
    private final PersonRepository persons;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    private final RecordGate gate;

    PeopleApi(People people, PeopleSearch search, PersonRepository persons, RecordAccess access, AuditTrail audit,
            MessageSource messages, Clock clock, RecordGate gate) {
        this.gate = gate;
        this.people = people;
        this.search = search;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A search is posted (body {"q": "..."}) so that names never sit in URLs or access logs. */
    @PostMapping("/search")
    @RequiresPermission(Permission.SEARCH_PEOPLE)
    @Operation(summary = "Search by name (spelling-tolerant), date of birth or identifier: body {\"q\": \"Sam Smith 3/4/2015\"}")
    List<PersonResource.Hit> search(@RequestBody Map<String, String> body) {
        String q = body.getOrDefault("q", "");
        if (q == null || q.isBlank() || q.length() > 200) {
            throw new IllegalArgumentException("q must be 1 to 200 characters");
        }
        List<SearchHit> hits = search.search(SearchQuery.parse(q));
        audit.searched(q, hits.stream().map(h -> h.person().id()).toList());
        Set<UUID> restricted = access.restrictedAmong(hits.stream().map(h -> h.person().id()).toList());
        return hits.stream().map(h -> PersonResource.Hit.of(h, restricted.contains(h.person().id()))).toList();
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    @Operation(summary = "A person's details")
    PersonResource get(@PathVariable UUID id) {
        Person person = open(id);
        return PersonResource.of(person);
    }

    @PostMapping
    @RequiresPermission(Permission.CREATE_PERSON)
    @Operation(summary = "Register a child or adult; 400 lists each invalid field")
    ResponseEntity<?> create(@RequestBody PersonForm form) {
        FormErrors errors = new FormErrors();
        var details = PersonForms.read(form, errors, LocalDate.now(clock));
        if (errors.any()) {
            return invalid(errors);
        }
        PersonSummary created = people.register("ADULT".equals(form.getKind()) ? PersonKind.ADULT : PersonKind.CHILD, details);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .body(PersonResource.of(persons.findById(created.id()).orElseThrow()));
    }

    @PutMapping("/{id}")
    @RequiresPermission(Permission.EDIT_PERSON)
    @Operation(summary = "Change details; send the version you read. 409 with the changes made meanwhile")
    ResponseEntity<?> update(@PathVariable UUID id, @RequestBody PersonForm form) {
        open(id);
        FormErrors errors = new FormErrors();
        var details = PersonForms.read(form, errors, LocalDate.now(clock));
        if (errors.any()) {
            return invalid(errors);
        }
        try {
            people.update(id, form.getVersion(), details);
        } catch (EditConflict conflict) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The record was changed by someone else since version " + form.getVersion());
            problem.setTitle("Conflict");
            problem.setProperty("currentVersion", conflict.currentVersion());
            problem.setProperty("changes", conflict.changesMeanwhile());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(PersonResource.of(persons.findById(id).orElseThrow()));
    }

    private Person open(UUID id) {
        Person person = gate.open(id);
        audit.viewed(id, "api");
        return person;
    }

    private ResponseEntity<ProblemDetail> invalid(FormErrors errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some values are not valid.");
        problem.setTitle("Bad Request");
        Map<String, String> fields = errors.all().stream().collect(Collectors.toMap(FormErrors.FieldError::field,
                e -> messages.getMessage(e.messageKey(), null, e.messageKey(), Locale.UK), (a, b) -> a,
                java.util.LinkedHashMap::new));
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().body(problem);
    }
}
