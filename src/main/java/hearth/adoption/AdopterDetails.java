package hearth.adoption;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is adopting, as the SSDA903 AD1 and Ofsted's Annex A ask: the number of adopters (1 or 2, NB_ADOPTR), their
 * legal status (LS_ADOPTR) and each adopter's sex or gender, ethnicity and disability. {@code second} is null for a
 * single adopter.
 */
public record AdopterDetails(int adopters, AdopterLegalStatus legalStatus, AdopterPerson first,
        AdopterPerson second) {

    /** The adopters in order: one or two. */
    public List<AdopterPerson> people() {
        List<AdopterPerson> people = new ArrayList<>();
        if (first != null) {
            people.add(first);
        }
        if (second != null) {
            people.add(second);
        }
        return people;
    }

    /**
     * SEX_ADOPTR: M1 or F1 for a single adopter, MM, FF or MF for a couple; null when an adopter is neither male nor
     * female or not stated.
     */
    public String sexCode() {
        List<String> sexes = people().stream().map(p -> p.gender() == null ? null : p.gender().sexCode()).toList();
        if (sexes.isEmpty() || sexes.contains(null) || sexes.size() != adopters) {
            return null;
        }
        if (sexes.size() == 1) {
            return sexes.get(0) + "1";
        }
        return sexes.get(0).equals(sexes.get(1)) ? sexes.get(0) + sexes.get(1) : "MF";
    }

    /**
     * Why these details do not hang together, as an adoption rule message key suffix, or null when they do: a
     * couple's status needs two adopters and a single adopter's one; the second adopter is recorded for a couple only;
     * each adopter needs all three answers; and a status that says same or different sex must match their sexes.
     */
    public String problem() {
        if (legalStatus == null || first == null || (adopters != 1 && adopters != 2)) {
            return "adopterDetails";
        }
        if (legalStatus.couple() != (adopters == 2)) {
            return "adopterStatusCount";
        }
        if ((adopters == 2) != (second != null)) {
            return "adopterSecond";
        }
        if (people().stream().anyMatch(p -> !p.complete())) {
            return "adopterDetails";
        }
        String sex = sexCode();
        Boolean same = legalStatus.sameSex();
        if (adopters == 2 && sex != null && same != null && same != (sex.equals("MM") || sex.equals("FF"))) {
            return "adopterSexes";
        }
        return null;
    }
}
