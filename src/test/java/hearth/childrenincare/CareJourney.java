package hearth.childrenincare;

import hearth.security.HearthUser;
import hearth.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helper: runs work as a signed-in user, and the placements tests record most often. */
class CareJourney {

    private final Fixtures fx;

    CareJourney(Fixtures fx) {
        this.fx = fx;
    }

    <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    static NewPlacement foster(LocalDate start, String carer, PlacementChangeReason reason) {
        return new NewPlacement(start, carer, PlacementType.U6, PlacementProvider.PR1, "RG1 1AA", "RG2 2BB", null,
                new BigDecimal("3.5"), false, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE, null, false, false,
                reason);
    }

    static NewPlacement longTerm(LocalDate start, String carer, PlacementChangeReason reason) {
        return new NewPlacement(start, carer, PlacementType.U4, PlacementProvider.PR1, "RG1 1AA", "RG2 2BB", null,
                null, false, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE, null, false, true, reason);
    }

    static NewPlacement emergency(LocalDate start, String carer) {
        return new NewPlacement(start, carer, PlacementType.U6, PlacementProvider.PR4, "SL1 1AA", "RG2 2BB", null,
                new BigDecimal("24"), true, "Director of Children's Services", start,
                SiblingArrangement.APART, "No carer for three children tonight", true, false, null);
    }
}
