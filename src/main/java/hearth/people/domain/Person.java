package hearth.people.domain;

import hearth.audit.KeepsHistory;
import hearth.people.Disability;
import hearth.people.PersonDetails;
import hearth.people.Ethnicity;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.Sex;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A child or an adult in a child's life: who they are. What happens to them lives in other contexts. */
@Entity
@Table(name = "person")
@KeepsHistory("person")
public class Person {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonKind kind;
    @Column(name = "la_child_id")
    private String laChildId;
    @Column(name = "nhs_number")
    private String nhsNumber;
    private String upn;
    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "middle_names")
    private String middleNames;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "expected_date_of_birth")
    private LocalDate expectedDateOfBirth;
    @Column(name = "date_of_death")
    private LocalDate dateOfDeath;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;
    private String gender;
    @Enumerated(EnumType.STRING)
    private Ethnicity ethnicity;
    @Column(name = "first_language")
    private String firstLanguage;
    private String religion;
    private String disabilities;
    @Column(name = "immigration_status")
    private String immigrationStatus;
    @Column(nullable = false)
    private boolean uasc;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Person() {
    }

    public Person(PersonKind kind, String laChildId, PersonDetails details, Instant now, String createdBy) {
        this.id = Ids.next(now.toEpochMilli());
        this.kind = kind;
        this.laChildId = laChildId;
        this.createdAt = now;
        this.createdBy = createdBy;
        apply(details);
    }

    /** Replaces the editable details; the caller has checked the version it was edited from. */
    public void apply(PersonDetails d) {
        if (voided) {
            throw new IllegalStateException("A voided record cannot be changed");
        }
        this.firstName = d.firstName();
        this.middleNames = d.middleNames();
        this.lastName = d.lastName();
        this.dateOfBirth = d.dateOfBirth();
        this.expectedDateOfBirth = d.dateOfBirth() == null ? d.expectedDateOfBirth() : null;
        this.sex = this.dateOfBirth == null && this.expectedDateOfBirth != null ? Sex.U : d.sex();
        this.gender = d.gender();
        this.ethnicity = d.ethnicity();
        this.firstLanguage = d.firstLanguage();
        this.religion = d.religion();
        this.disabilities = d.disabilities() == null || d.disabilities().isEmpty() ? null
                : d.disabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.nhsNumber = d.nhsNumber();
        this.upn = d.upn();
        this.immigrationStatus = d.immigrationStatus();
        this.uasc = d.uasc();
    }

    /** Records a birth for an unborn child: the record carries on, with the date of birth. */
    public void born(LocalDate date, Sex sexAtBirth) {
        if (dateOfBirth != null) {
            throw new IllegalStateException("Already born");
        }
        this.dateOfBirth = date;
        this.expectedDateOfBirth = null;
        this.sex = sexAtBirth;
    }

    public void voidRecord(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is needed to void a record");
        }
        this.voided = true;
        this.voidReason = reason;
    }

    public PersonDetails details() {
        return new PersonDetails(firstName, middleNames, lastName, dateOfBirth, expectedDateOfBirth, sex, gender,
                ethnicity, firstLanguage, religion, disabilitySet(), nhsNumber, upn, immigrationStatus, uasc);
    }

    public Set<Disability> disabilitySet() {
        if (disabilities == null || disabilities.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(disabilities.split(",")).map(Disability::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Disability.class)));
    }

    public hearth.people.ReturnIdentity returnIdentity() {
        return new hearth.people.ReturnIdentity(id, laChildId, upn, dateOfBirth, expectedDateOfBirth, sex,
                dateOfDeath, ethnicity, disabilitySet(), uasc);
    }

    public PersonSummary summary() {
        Set<Disability> set = disabilitySet();
        return new PersonSummary(id, kind, laChildId, firstName, lastName, dateOfBirth, expectedDateOfBirth, sex,
                ethnicity, upn, !set.isEmpty() && !set.contains(Disability.NONE));
    }

    public UUID getId() {
        return id;
    }

    public PersonKind getKind() {
        return kind;
    }

    public String getLaChildId() {
        return laChildId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isUasc() {
        return uasc;
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getDateOfDeath() {
        return dateOfDeath;
    }
}
