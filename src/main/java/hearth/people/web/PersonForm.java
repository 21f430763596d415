package hearth.people.web;

import hearth.people.Disability;
import hearth.people.PersonDetails;
import hearth.platform.web.DateParts;
import java.util.ArrayList;
import java.util.List;

/** What the person form posts, kept as typed so nothing is lost when it has errors. */
public class PersonForm {

    private String firstName = "";
    private String middleNames = "";
    private String lastName = "";
    private String dobDay = "";
    private String dobMonth = "";
    private String dobYear = "";
    private String unborn = "";
    private String eddDay = "";
    private String eddMonth = "";
    private String eddYear = "";
    private String sex = "";
    private String gender = "";
    private String ethnicity = "";
    private String firstLanguage = "";
    private String religion = "";
    private List<String> disabilities = new ArrayList<>();
    private String nhsNumber = "";
    private String upn = "";
    private String immigrationStatus = "";
    private String uasc = "";
    private String kind = "CHILD";
    private long version;
    private String confirmedNew = "";

    public static PersonForm of(PersonDetails d, long version) {
        PersonForm f = new PersonForm();
        f.firstName = d.firstName();
        f.middleNames = orEmpty(d.middleNames());
        f.lastName = d.lastName();
        DateParts dob = DateParts.of(d.dateOfBirth());
        f.dobDay = dob.day();
        f.dobMonth = dob.month();
        f.dobYear = dob.year();
        DateParts edd = DateParts.of(d.expectedDateOfBirth());
        f.eddDay = edd.day();
        f.eddMonth = edd.month();
        f.eddYear = edd.year();
        f.unborn = d.dateOfBirth() == null && d.expectedDateOfBirth() != null ? "yes" : "";
        f.sex = d.sex() == null ? "" : d.sex().name();
        f.gender = orEmpty(d.gender());
        f.ethnicity = d.ethnicity() == null ? "" : d.ethnicity().name();
        f.firstLanguage = orEmpty(d.firstLanguage());
        f.religion = orEmpty(d.religion());
        f.disabilities = new ArrayList<>(d.disabilities().stream().map(Disability::name).toList());
        f.nhsNumber = orEmpty(d.nhsNumber());
        f.upn = orEmpty(d.upn());
        f.immigrationStatus = orEmpty(d.immigrationStatus());
        f.uasc = d.uasc() ? "yes" : "";
        f.version = version;
        return f;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public DateParts dob() {
        return new DateParts(dobDay, dobMonth, dobYear);
    }

    public DateParts edd() {
        return new DateParts(eddDay, eddMonth, eddYear);
    }

    public boolean isUnborn() {
        return "yes".equals(unborn);
    }

    /** The API's ISO date (2015-03-27) read into the day, month and year boxes. */
    public void setDateOfBirth(String iso) {
        String[] parts = split(iso);
        dobYear = parts[0];
        dobMonth = parts[1];
        dobDay = parts[2];
    }

    public void setExpectedDateOfBirth(String iso) {
        String[] parts = split(iso);
        eddYear = parts[0];
        eddMonth = parts[1];
        eddDay = parts[2];
        unborn = iso == null || iso.isBlank() ? unborn : "yes";
    }

    private static String[] split(String iso) {
        if (iso == null || iso.isBlank()) {
            return new String[] {"", "", ""};
        }
        String[] parts = iso.strip().split("-");
        return parts.length == 3 ? parts : new String[] {iso, "x", "x"};
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getMiddleNames() { return middleNames; }
    public void setMiddleNames(String v) { middleNames = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getDobDay() { return dobDay; }
    public void setDobDay(String v) { dobDay = v; }
    public String getDobMonth() { return dobMonth; }
    public void setDobMonth(String v) { dobMonth = v; }
    public String getDobYear() { return dobYear; }
    public void setDobYear(String v) { dobYear = v; }
    public String getUnborn() { return unborn; }
    public void setUnborn(String v) { unborn = v; }
    public String getEddDay() { return eddDay; }
    public void setEddDay(String v) { eddDay = v; }
    public String getEddMonth() { return eddMonth; }
    public void setEddMonth(String v) { eddMonth = v; }
    public String getEddYear() { return eddYear; }
    public void setEddYear(String v) { eddYear = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String v) { firstLanguage = v; }
    public String getReligion() { return religion; }
    public void setReligion(String v) { religion = v; }
    public List<String> getDisabilities() { return disabilities; }
    public void setDisabilities(List<String> v) { disabilities = v == null ? new ArrayList<>() : v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getUpn() { return upn; }
    public void setUpn(String v) { upn = v; }
    public String getImmigrationStatus() { return immigrationStatus; }
    public void setImmigrationStatus(String v) { immigrationStatus = v; }
    public String getUasc() { return uasc; }
    public void setUasc(String v) { uasc = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
    public String getConfirmedNew() { return confirmedNew; }
    public void setConfirmedNew(String v) { confirmedNew = v; }
}
