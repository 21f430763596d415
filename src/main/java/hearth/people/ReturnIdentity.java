package hearth.people;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the statutory returns (CIN census, SSDA903) need to identify and describe a child: identifiers, birth or
 * expected birth, sex, death, ethnicity and DfE disability codes. Read in batches by {@link People#forReturns}.
 */
public record ReturnIdentity(UUID id, String laChildId, String upn, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Sex sex, LocalDate dateOfDeath, Ethnicity ethnicity,
        Set<Disability> disabilities, boolean uasc) {
}
