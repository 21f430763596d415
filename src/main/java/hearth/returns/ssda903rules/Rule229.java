package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Objects;

/**
 * Own provision (PR1) at a provider whose postcode is not in the authority, or another authority's provision (PR2) at
 * one that is; the provider's authority is worked out from its postcode on the Ofsted list with the ONS directory.
 */
final class Rule229 extends SsdaOfstedRule {

    Rule229() {
        super("229", "Placement provider does not match between the placing authority and the local authority code of"
                + " the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be"
                + " inaccurate in some cases.]", "Episodes", "Provider Info");
    }

    @Override
    boolean needsPostcodes() {
        return true;
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return withUrn(t, (r, p) -> {
            if (r.is("PLACE", "K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13",
                    "Z14")) {
                return false;
            }
            SsdaReference.Postcode where = p == null || p.postcode() == null ? null
                    : t.reference().postcode(p.postcode());
            String la = where == null ? null : where.authority();
            boolean own = Objects.equals(la, t.reference().authority());
            return r.is("PLACE_PROVIDER", "PR1") && !own || r.is("PLACE_PROVIDER", "PR2") && own;
        }, "URN", "PLACE_PROVIDER");
    }
}
