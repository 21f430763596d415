package hearth.adoption;

import hearth.people.Ethnicity;

/** One adopter in a household: sex or gender, ethnicity (the DfE codes) and disability, for the returns. */
public record AdopterPerson(AdopterGender gender, Ethnicity ethnicity, AdopterDisability disability) {

    public boolean complete() {
        return gender != null && ethnicity != null && disability != null;
    }
}
