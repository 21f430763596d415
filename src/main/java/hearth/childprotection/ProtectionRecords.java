package hearth.childprotection;

import java.util.List;

/** Many children's section 47 enquiries, conferences and child protection plans, read together for a return. */
public record ProtectionRecords(List<EnquiryView> enquiries, List<ConferenceView> conferences, List<PlanView> plans) {
}
