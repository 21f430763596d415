package hearth.people;

import hearth.audit.ChangeHistory;
import hearth.people.domain.Address;
import hearth.people.domain.AddressRepository;
import hearth.people.domain.Person;
import hearth.people.domain.PersonName;
import hearth.people.domain.PersonNameRepository;
import hearth.people.domain.PersonRepository;
import hearth.people.domain.Professional;
import hearth.people.domain.ProfessionalRepository;
import hearth.people.domain.Relationship;
import hearth.people.domain.RelationshipRepository;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API of the people context: register, change and read people and their relationships. */
@Service
public class People {

    private final PersonRepository persons;
    private final PersonNameRepository names;
    private final AddressRepository addresses;
    private final RelationshipRepository relationships;
    private final ProfessionalRepository professionals;
    private final ChangeHistory history;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    People(PersonRepository persons, PersonNameRepository names, AddressRepository addresses,
            RelationshipRepository relationships, ProfessionalRepository professionals, ChangeHistory history,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.persons = persons;
        this.names = names;
        this.addresses = addresses;
        this.relationships = relationships;
        this.professionals = professionals;
        this.history = history;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PersonSummary register(PersonKind kind, PersonDetails details) {
        requireReturnable(details);
        String laChildId = kind == PersonKind.CHILD ? nextLaChildId() : null;
        Person person = persons.save(new Person(kind, laChildId, details, clock.instant(), CurrentUser.username()));
        names.save(new PersonName(person.getId(), PersonName.Kind.CURRENT, details.firstName(), details.lastName()));
        events.publishEvent(new PersonRegistered(person.getId(), kind, CurrentUser.username(), clock.instant()));
        return person.summary();
    }

    /** Saves new details over the version the user started from, or refuses with what changed meanwhile. */
    @Transactional
    public PersonSummary update(UUID id, long editedVersion, PersonDetails details) {
        requireReturnable(details);
        Person person = require(id);
        if (person.getVersion() != editedVersion) {
            throw new EditConflict(history.since("person", id, editedVersion), person.getVersion());
        }
        PersonDetails before = person.details();
        person.apply(details);
        if (!Objects.equals(before.firstName(), details.firstName()) || !Objects.equals(before.lastName(), details.lastName())) {
            names.findByPersonIdOrderByKind(id).stream().filter(n -> n.getKind() == PersonName.Kind.CURRENT)
                    .forEach(n -> n.becomeFormer(LocalDate.now(clock)));
            names.save(new PersonName(id, PersonName.Kind.CURRENT, details.firstName(), details.lastName()));
        }
        persons.flush();
        return person.summary();
    }

    @Transactional
    public void voidPerson(UUID id, String reason) {
        require(id).voidRecord(reason);
    }

    @Transactional
    public void bornOn(UUID id, LocalDate date, Sex sex) {
        if (sex == null) {
            throw new IllegalArgumentException(SEX_NEEDED);
        }
        require(id).born(date, sex);
        events.publishEvent(new ChildBorn(id, date));
    }

    @Transactional
    public void addAlias(UUID id, String firstName, String lastName) {
        require(id);
        names.save(new PersonName(id, PersonName.Kind.ALIAS, firstName, lastName));
    }

    /** Records a new address; the current one ends the day before. */
    @Transactional
    public void moveTo(UUID personId, NewAddress address) {
        require(personId);
        addresses.findByPersonIdAndVoidedFalseOrderByFromDesc(personId).stream().filter(Address::isCurrent)
                .forEach(a -> a.movedOut(address.from().minusDays(1)));
        addresses.save(new Address(personId, address.line1(), address.line2(), address.town(), address.postcode(),
                address.from()));
    }

    /** Relates two people both ways: a MOTHER of a child makes the child her CHILD. */
    @Transactional
    public void relate(UUID personId, UUID relatedId, RelationshipType type, boolean livesWith,
            boolean parentalResponsibility, LocalDate from) {
        require(personId);
        require(relatedId);
        relationships.save(new Relationship(personId, relatedId, type, livesWith, parentalResponsibility, from));
        relationships.save(new Relationship(relatedId, personId, type.inverse(), livesWith, false, from));
    }

    @Transactional
    public void addProfessional(UUID personId, ProfessionalRole role, String name, String organisation,
            String contact, LocalDate from) {
        require(personId);
        professionals.save(new Professional(personId, role, name, organisation, contact, from));
    }

    /** A person's editable details and the version they are at, for a caller that changes some and saves. */
    public record Editable(long version, PersonDetails details) {
    }

    /** The details {@link #update} takes, as they are now, with their version. */
    @Transactional(readOnly = true)
    public Editable editable(UUID id) {
        Person person = require(id);
        return new Editable(person.getVersion(), person.details());
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(UUID id) {
        return persons.findById(id).filter(p -> !p.isVoided()).map(Person::summary);
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> find(Collection<UUID> ids) {
        return persons.findAllById(ids).stream().filter(p -> !p.isVoided()).map(Person::summary).toList();
    }

    /** Which of these people are recorded as unaccompanied asylum-seeking children (the 903 return reads this). */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> uascAmong(Collection<UUID> ids) {
        return persons.findAllById(ids).stream().filter(p -> !p.isVoided() && p.isUasc()).map(Person::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The returns' view of these people (voided records left out), in one query per thousand ids. */
    @Transactional(readOnly = true)
    public List<ReturnIdentity> forReturns(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<ReturnIdentity> found = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            persons.findAllById(all.subList(from, Math.min(all.size(), from + 1000))).stream()
                    .filter(p -> !p.isVoided()).map(Person::returnIdentity).forEach(found::add);
        }
        return found;
    }

    /** The person's current address and the people related to them now. */
    @Transactional(readOnly = true)
    public Household householdOf(UUID personId) {
        String address = addresses.findByPersonIdAndVoidedFalseOrderByFromDesc(personId).stream()
                .filter(a -> a.isCurrent()).findFirst()
                .map(a -> java.util.stream.Stream.of(a.getLine1(), a.getLine2(), a.getTown(), a.getPostcode())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(java.util.stream.Collectors.joining(", ")))
                .orElse(null);
        List<hearth.people.domain.Relationship> current = relationships.findByPersonIdAndVoidedFalse(personId).stream()
                .filter(r -> r.getEndedOn() == null).toList();
        java.util.Map<UUID, PersonSummary> related = find(current.stream()
                .map(hearth.people.domain.Relationship::getRelatedPersonId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(PersonSummary::id, p -> p));
        List<Household.Member> members = current.stream().filter(r -> related.containsKey(r.getRelatedPersonId()))
                .map(r -> new Household.Member(r.getRelatedPersonId(), related.get(r.getRelatedPersonId()).fullName(),
                        r.getType(), r.isLivesWith()))
                .toList();
        return new Household(address, members);
    }

    /** The children a child shares a parent or household with (siblings and half-siblings). */
    @Transactional(readOnly = true)
    public List<UUID> siblingsOf(UUID childId) {
        return relationships.findByPersonIdAndVoidedFalse(childId).stream()
                .filter(r -> r.getType() == RelationshipType.SIBLING || r.getType() == RelationshipType.HALF_SIBLING)
                .map(Relationship::getRelatedPersonId).distinct().toList();
    }

    /**
     * For each of these people recorded as someone's mother, the date of birth of her first child (the SSDA903 return
     * reads this for MOTHER and MC_DOB); children not yet born, or whose record is voided, are left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, LocalDate> firstChildBornTo(Collection<UUID> ids) {
        java.util.Map<UUID, LocalDate> found = new java.util.HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Relationship> mothers = relationships.findByPersonIdInAndTypeAndVoidedFalse(
                    all.subList(from, Math.min(all.size(), from + 1000)), RelationshipType.MOTHER);
            java.util.Map<UUID, LocalDate> born = new java.util.HashMap<>();
            find(mothers.stream().map(Relationship::getRelatedPersonId).distinct().toList())
                    .forEach(p -> born.put(p.id(), p.dateOfBirth()));
            for (Relationship r : mothers) {
                LocalDate dob = born.get(r.getRelatedPersonId());
                if (dob != null) {
                    found.merge(r.getPersonId(), dob, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return found;
    }

    @Transactional(readOnly = true)
    public long countChildren() {
        return persons.countByKindAndVoidedFalse(PersonKind.CHILD);
    }

    static final String SEX_NEEDED = "A person's sex is needed: M, F or U (not known, and always U before birth)";

    /**
     * Refuses details the DfE returns cannot carry: no sex (the CIN census and SSDA903 both need M, F or U) and a UPN
     * that is malformed or has the wrong check letter (CIN rules 1510 and 1550). The forms check the same first.
     */
    private static void requireReturnable(PersonDetails details) {
        if (details.sex() == null) {
            throw new IllegalArgumentException(SEX_NEEDED);
        }
        String upn = Upn.normalise(details.upn());
        if (upn != null && !Upn.isWellFormed(upn)) {
            throw new IllegalArgumentException("UPN " + upn + " is not a letter, 11 digits and a digit or letter");
        }
        if (upn != null && !Upn.isValid(upn)) {
            throw new IllegalArgumentException("UPN " + upn + " has the wrong check letter: for the characters after"
                    + " it, it would be " + Upn.checkLetter(upn.substring(1)));
        }
    }

    private Person require(UUID id) {
        return persons.findById(id).filter(p -> !p.isVoided())
                .orElseThrow(() -> new hearth.platform.web.NotFoundException("Person"));
    }

    private String nextLaChildId() {
        long next = jdbc.sql("select nextval('la_child_id_seq')").query(Long.class).single();
        return "C" + next;
    }
}
