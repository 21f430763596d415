package hearth.people.web;

import hearth.audit.AuditTrail;
import hearth.audit.ChangeHistory;
import hearth.people.ChildRecordContributor;
import hearth.people.PersonKind;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import hearth.people.domain.AddressRepository;
import hearth.people.domain.Person;
import hearth.people.domain.PersonName;
import hearth.people.domain.PersonNameRepository;
import hearth.people.domain.PersonRepository;
import hearth.people.domain.ProfessionalRepository;
import hearth.people.domain.Relationship;
import hearth.people.domain.RelationshipRepository;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The child's (or adult's) record: who they are, their status, and each context's part of the story. */
@Controller
class PersonRecordController {

    record RelatedPerson(Relationship relationship, Person person, boolean restricted) {
    }

    private final PersonRepository persons;
    private final PersonNameRepository names;
    private final AddressRepository addresses;
    private final RelationshipRepository relationships;
    private final ProfessionalRepository professionals;
    private final List<ChildRecordContributor> contributors;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ChangeHistory history;
    private final Clock clock;

    private final RecordGate gate;

    PersonRecordController(PersonRepository persons, PersonNameRepository names, AddressRepository addresses,
            RelationshipRepository relationships, ProfessionalRepository professionals,
            List<ChildRecordContributor> contributors, RecordAccess access, AuditTrail audit, ChangeHistory history,
            Clock clock, RecordGate gate) {
        this.gate = gate;
        this.persons = persons;
        this.names = names;
        this.addresses = addresses;
        this.relationships = relationships;
        this.professionals = professionals;
        this.contributors = contributors;
        this.access = access;
        this.audit = audit;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping({"/people/{id}", "/children/{id}"})
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String record(@PathVariable UUID id, Model model) {
        Person person = open(id, "record");
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("person", person);
        model.addAttribute("details", person.details());
        model.addAttribute("age", person.details().dateOfBirth() == null ? null
                : Period.between(person.details().dateOfBirth(), today).getYears());
        model.addAttribute("names", names.findByPersonIdOrderByKind(id).stream()
                .filter(n -> n.getKind() != PersonName.Kind.CURRENT).toList());
        model.addAttribute("addresses", addresses.findByPersonIdAndVoidedFalseOrderByFromDesc(id));
        model.addAttribute("related", related(id));
        model.addAttribute("professionals", professionals.findByPersonIdAndVoidedFalse(id));
        List<RecordBadge> badges = new ArrayList<>();
        if (access.isRestricted(id)) {
            badges.add(new RecordBadge("record.badge.restricted", "red"));
        }
        List<RecordPanel> panels = new ArrayList<>();
        if (person.getKind() == PersonKind.CHILD) {
            contributors.forEach(c -> {
                badges.addAll(c.badges(id));
                panels.addAll(c.panels(id));
            });
        }
        panels.sort(Comparator.comparingInt(RecordPanel::order));
        model.addAttribute("badges", badges);
        model.addAttribute("panels", panels);
        return "people/record";
    }

    @GetMapping("/people/{id}/history")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String history(@PathVariable UUID id, Model model) {
        Person person = open(id, "change history");
        model.addAttribute("person", person);
        List<hearth.audit.ChangeRecord> changes = new ArrayList<>(history.of("person", id));
        java.util.Collections.reverse(changes);
        model.addAttribute("changes", changes);
        return "people/history";
    }

    @GetMapping("/people/{id}/viewers")
    @RequiresPermission(Permission.VIEW_WHO_VIEWED)
    String viewers(@PathVariable UUID id, Model model) {
        Person person = open(id, "who has viewed");
        model.addAttribute("person", person);
        model.addAttribute("views", audit.accessTo(id, 500));
        return "people/viewers";
    }

    private Person open(UUID id, String what) {
        Person person = gate.open(id);
        audit.viewed(id, what);
        return person;
    }

    private List<RelatedPerson> related(UUID id) {
        // each row read from the other side: "the related person is the TYPE of this person"
        List<Relationship> rels = relationships.findByRelatedPersonIdAndVoidedFalse(id);
        Set<UUID> ids = rels.stream().map(Relationship::getPersonId).collect(Collectors.toSet());
        Map<UUID, Person> byId = persons.findAllById(ids).stream().filter(p -> !p.isVoided())
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        Set<UUID> restricted = access.restrictedAmong(ids);
        return rels.stream().filter(r -> byId.containsKey(r.getPersonId()))
                .map(r -> new RelatedPerson(r, byId.get(r.getPersonId()), restricted.contains(r.getPersonId())))
                .toList();
    }
}
