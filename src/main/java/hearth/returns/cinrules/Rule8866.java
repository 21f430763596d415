package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8866: the referral source is in the code set. */
final class Rule8866 extends CinRuleBase {

    Rule8866() {
        super("8866", "Source of Referral is missing or an invalid code");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.referralSource() == null || !CinCodeSets.REFERRAL_SOURCE.contains(d.referralSource())) {
                found.add(finding(d.laChildId(), "ReferralSource"));
            }
        }
        return found;
    }
}
