package hearth.demo;

import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.NewAddress;
import hearth.people.NhsNumber;
import hearth.people.People;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.ProfessionalRole;
import hearth.people.RelationshipType;
import hearth.people.Sex;
import hearth.people.Upn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Invented families: parents, siblings who share them, a home address with a history, a school and a
 * GP for each child, and identifiers that pass their checks. The same seed makes the same families.
 */
@Component
class DemoFamilies {

    /** Reading's DfE local authority number, used in generated UPNs. */
    static final String LA_CODE = "870";
    private static final Ethnicity[] COMMON = {Ethnicity.WBRI, Ethnicity.WBRI, Ethnicity.WBRI, Ethnicity.WBRI,
            Ethnicity.WBRI, Ethnicity.WOTH, Ethnicity.APKN, Ethnicity.AIND, Ethnicity.BAFR, Ethnicity.BCRB,
            Ethnicity.MWBC, Ethnicity.MWAS, Ethnicity.AOTH, Ethnicity.MOTH, Ethnicity.WIRI, Ethnicity.NOBT};

    private final People people;

    DemoFamilies(People people) {
        this.people = people;
    }

    /** One family; answers its children. */
    List<PersonSummary> family(Random random, LocalDate today) {
        String surname = Names.pick(Names.SURNAMES, random);
        Ethnicity ethnicity = COMMON[random.nextInt(COMMON.length)];
        NewAddress home = new NewAddress((1 + random.nextInt(180)) + " " + Names.pick(Names.STREETS, random), null,
                "Reading", Names.pick(Names.POSTCODES, random) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)),
                today.minusDays(200 + random.nextInt(3000)));
        PersonSummary mother = random.nextInt(10) < 9 ? adult(random, today, true, surname, ethnicity) : null;
        PersonSummary father = random.nextInt(10) < 6 ? adult(random, today, false,
                random.nextInt(4) == 0 ? Names.pick(Names.SURNAMES, random) : surname, ethnicity) : null;
        int count = 1 + Math.min(3, (int) Math.abs(random.nextGaussian() * 1.3));
        List<PersonSummary> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            children.add(child(random, today, surname, ethnicity, i == 0 && random.nextInt(50) == 0));
        }
        for (PersonSummary p : java.util.stream.Stream.of(mother, father).filter(java.util.Objects::nonNull).toList()) {
            people.moveTo(p.id(), home);
        }
        for (PersonSummary c : children) {
            people.moveTo(c.id(), home);
            if (mother != null) {
                people.relate(mother.id(), c.id(), RelationshipType.MOTHER, true, true, c.dateOfBirth());
            }
            if (father != null) {
                people.relate(father.id(), c.id(), RelationshipType.FATHER, random.nextInt(3) > 0,
                        random.nextInt(4) > 0, c.dateOfBirth());
            }
            if (c.dateOfBirth() != null) {
                people.addProfessional(c.id(), ProfessionalRole.GP, Names.pick(Names.SURGERIES, random), "NHS",
                        "0118 " + (900_0000 + random.nextInt(99_9999)), c.dateOfBirth());
                if (age(c, today) >= 4) {
                    people.addProfessional(c.id(), ProfessionalRole.SCHOOL, Names.pick(Names.SCHOOLS, random),
                            "Reading Borough Council", "office@school.example", today.withDayOfMonth(1).minusYears(1));
                }
            }
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                RelationshipType type = random.nextInt(5) == 0 ? RelationshipType.HALF_SIBLING : RelationshipType.SIBLING;
                people.relate(children.get(i).id(), children.get(j).id(), type, true, false, null);
            }
        }
        return children;
    }

    private PersonSummary adult(Random random, LocalDate today, boolean woman, String surname, Ethnicity ethnicity) {
        LocalDate dob = today.minusYears(19 + random.nextInt(30)).minusDays(random.nextInt(365));
        return people.register(PersonKind.ADULT, new PersonDetails(Names.pick(woman ? Names.WOMEN : Names.MEN, random),
                null, surname, dob, null, woman ? Sex.F : Sex.M, null, ethnicity, "English", null, Set.of(),
                nhs(random), null, null, false));
    }

    private PersonSummary child(Random random, LocalDate today, String surname, Ethnicity ethnicity, boolean unborn) {
        boolean girl = random.nextBoolean();
        String first = Names.pick(girl ? Names.GIRLS : Names.BOYS, random);
        if (unborn) {
            return people.register(PersonKind.CHILD, new PersonDetails("Baby", null, surname, null,
                    today.plusDays(20 + random.nextInt(200)), Sex.U, null, ethnicity, null, null, Set.of(), null, null,
                    null, false));
        }
        LocalDate dob = today.minusDays(random.nextInt(18 * 365));
        int age = today.getYear() - dob.getYear();
        Set<Disability> disabilities = random.nextInt(100) < 9
                ? EnumSet.of(Disability.values()[1 + random.nextInt(Disability.values().length - 1)])
                : EnumSet.of(Disability.NONE);
        if (!disabilities.contains(Disability.NONE) && dob.getDayOfMonth() % 3 != 0) {
            // most disabled children have more than one need recorded (DfE query 2888Q); no extra random draw
            int codes = Disability.values().length - 1;
            int had = disabilities.iterator().next().ordinal() - 1;
            disabilities.add(Disability.values()[1 + (had + 1 + dob.getMonthValue() % (codes - 1)) % codes]);
        }
        boolean uasc = age >= 14 && random.nextInt(60) == 0;
        return people.register(PersonKind.CHILD, new PersonDetails(first, null, surname, dob, null,
                girl ? Sex.F : Sex.M, null, uasc ? Ethnicity.OOTH : ethnicity, uasc ? "Tigrinya" : "English", null,
                disabilities, nhs(random), age >= 4 ? upn(random, dob) : null, uasc ? "Asylum seeker" : null, uasc));
    }

    static String nhs(Random random) {
        while (true) {
            String nine = String.format("%09d", 400_000_000 + random.nextInt(500_000_000));
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    static String upn(Random random, LocalDate dob) {
        String establishment = String.format("%04d", 2000 + random.nextInt(2000));
        String year = String.format("%02d", (dob.getYear() + 4) % 100);
        String body = LA_CODE + establishment + year + String.format("%03d", random.nextInt(1000));
        return Upn.checkLetter(body) + body;
    }

    private static int age(PersonSummary c, LocalDate today) {
        return java.time.Period.between(c.dateOfBirth(), today).getYears();
    }

}
