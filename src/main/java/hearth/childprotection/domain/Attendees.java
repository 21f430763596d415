package hearth.childprotection.domain;

import hearth.childprotection.Attendance;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who took part by agency, stored in five columns. */
@Embeddable
public class Attendees {

    @Column(name = "att_police")
    private String police;
    @Column(name = "att_health")
    private String health;
    @Column(name = "att_education")
    private String education;
    @Column(name = "att_social_care")
    private String socialCare;
    @Column(name = "att_others")
    private String others;

    protected Attendees() {
    }

    public static Attendees of(Attendance a) {
        if (a == null || a.nobody()) {
            throw new IllegalArgumentException("Record who took part from at least one agency");
        }
        Attendees at = new Attendees();
        at.police = a.police();
        at.health = a.health();
        at.education = a.education();
        at.socialCare = a.socialCare();
        at.others = a.others();
        return at;
    }

    public Attendance view() {
        return new Attendance(police, health, education, socialCare, others);
    }

    @Override
    public String toString() {
        return "police: " + police + "; health: " + health + "; education: " + education + "; social care: "
                + socialCare + "; others: " + others;
    }
}
