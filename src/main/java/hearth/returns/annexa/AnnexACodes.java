package hearth.returns.annexa;

import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.Sex;
import java.util.Locale;
import java.util.Set;

/**
 * Hearth's recorded values as Annex A's lettered codes, exactly as the published schema ({@code Annex_A_schema.yml})
 * lists them. Booleans are {@code Yes}/{@code No}, the schema's codes for its yes/no columns.
 */
final class AnnexACodes {

    static final String YES = "Yes";
    static final String NO = "No";
    static final String UNKNOWN = "Unknown";

    private AnnexACodes() {
    }

    static String yesNo(Boolean value) {
        return value == null ? null : value ? YES : NO;
    }

    static String gender(Sex sex) {
        if (sex == null) {
            return "c) Not stated/recorded";
        }
        return switch (sex) {
            case M -> "a) Male";
            case F -> "b) Female";
            case U -> "c) Not stated/recorded";
        };
    }

    /** The ethnic group of the DfE ethnicity code (the schema groups the 18 codes into six). */
    static String ethnicity(Ethnicity e) {
        if (e == null || e == Ethnicity.REFU || e == Ethnicity.NOBT) {
            return "f) Not stated";
        }
        return switch (e.name().charAt(0)) {
            case 'W' -> "a) White";
            case 'M' -> "b) Mixed";
            case 'A' -> "c) Asian or Asian British";
            case 'B' -> "d) Black or black British";
            default -> "e) Other ethnic group";
        };
    }

    /** Yes with a recorded disability, No when recorded as none, Unknown when nothing is recorded. */
    static String disability(Set<Disability> recorded) {
        if (recorded == null || recorded.isEmpty()) {
            return UNKNOWN;
        }
        return recorded.stream().anyMatch(d -> d != Disability.NONE) ? YES : NO;
    }

    /** Contact and referral source from the DfE source code (1A..10). */
    static String source(String dfeCode) {
        if (dfeCode == null) {
            return "k) Unknown";
        }
        return switch (dfeCode) {
            case "1A", "1B", "1C", "1D" -> "a) Individual";
            case "2A" -> "b) Schools";
            case "2B" -> "c) Education services";
            case "3A", "3B", "3C", "3D", "3E", "3F" -> "d) Health services";
            case "4" -> "e) Housing";
            case "5A", "5B", "5C", "5D" -> "f) LA services";
            case "6" -> "g) Police";
            case "7" -> "h) Other legal agency";
            case "8" -> "i) Other";
            case "9" -> "j) Anonymous";
            default -> "k) Unknown";
        };
    }

    /** Primary need / category of need from N0..N9. */
    static String need(String code) {
        if (code == null) {
            return "j) Not stated";
        }
        return switch (code) {
            case "N1" -> "a) Abuse or neglect";
            case "N2" -> "b) Child's disability";
            case "N3" -> "c) Parents illness or disability";
            case "N4" -> "d) Family in acute stress";
            case "N5" -> "e) Family dysfunction";
            case "N6" -> "f) Socially unacceptable behaviour";
            case "N7" -> "g) Low income";
            case "N8" -> "h) Absent parenting";
            case "N9" -> "i) Not CIN";
            default -> "j) Not stated";
        };
    }

    /** CIN reason for closure from RC1..RC9. */
    static String closure(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "RC1" -> "a) Adopted";
            case "RC2" -> "b) Died";
            case "RC3" -> "c) Residence Order";
            case "RC4" -> "d) Special Guardianship Order";
            case "RC5" -> "e) Transfer to another LA";
            case "RC6" -> "f) Transfer to Adult Social Services";
            case "RC7" -> "g) 'Other' incl. Child no longer in need";
            case "RC8", "RC9" -> "h) Child not in need after assessment";
            default -> "i) Not Stated";
        };
    }

    static String abuse(String category) {
        if (category == null) {
            return null;
        }
        return switch (category) {
            case "NEG" -> "a) Neglect";
            case "PHY" -> "b) Physical Abuse";
            case "SAB" -> "c) Sexual Abuse";
            case "EMO" -> "d) Emotional Abuse";
            default -> "e) Multiple";
        };
    }

    /** Legal status from the SSDA903 code. */
    static String legalStatus(String ls) {
        if (ls == null) {
            return null;
        }
        return switch (ls) {
            case "C1" -> "a) Interim care orders";
            case "C2" -> "b) Full care orders";
            case "D1" -> "c) Freed for  Adoption";
            case "E1" -> "d) Placement order granted";
            case "V2" -> "e) Accommodated under S20";
            case "L1", "L2", "L3" -> "f) Detained on child protection grounds in LA accommodation";
            case "J1", "J2", "J3" -> "g) Youth justice legal Statuses";
            default -> "zzCodeError";
        };
    }

    /** Reason ceased to be looked after from the SSDA903 REC code. */
    static String reasonCeased(String rec) {
        if (rec == null) {
            return null;
        }
        return switch (rec) {
            case "E11", "E12" -> "a) Adopted";
            case "E2" -> "b) Died";
            case "E3" -> "c) Care taken by another LA";
            case "E4A", "E4B" -> "d) Returned home to live with parents or relatives";
            case "E13", "E17" -> "e) Left care to live with parents, relatives or other person with no parental "
                    + "responsibility";
            case "E41" -> "f) Residence order granted";
            case "E45", "E46", "E47", "E48" -> "g) Special Guardianship Orders";
            case "E5", "E6" -> "h) Moved into independent living";
            case "E7" -> "i) Transferred to residential care funded by adult social services";
            case "E9" -> "j) Sentenced to custody";
            case "E14" -> "k) Accommodation on remand ended";
            case "E15" -> "l) Age assessment determined child was 18 or over";
            case "E16" -> "m) Child moved abroad";
            case "E8" -> "n) Care ceased for any other reason";
            default -> "zzCodeError";
        };
    }

    /** Placement type from the SSDA903 PLACE code. */
    static String placementType(String place) {
        if (place == null) {
            return null;
        }
        if (place.startsWith("A")) {
            return "b) Placed for adoption";
        }
        if (place.startsWith("U") || place.startsWith("F") || place.startsWith("Q")) {
            return "a) Foster placement";
        }
        if (place.startsWith("T")) {
            return "o) Temporary placement";
        }
        return switch (place) {
            case "P1" -> "c) Placed with parents";
            case "P2" -> "d) Independent living";
            case "P3" -> "e) Residential employment";
            case "H5" -> "f) Residential accommodation";
            case "K1", "H1", "H2" -> "g) Secure Children’s Homes";
            case "K2", "H3", "H4" -> "h) Children’s Homes";
            case "R1" -> "i) Residential Care Home";
            case "R2" -> "j) NHS/Health Trust";
            case "R3" -> "k) Family Centre or Mother and Baby Unit";
            case "R5" -> "l) Young Offender Institution";
            case "S1" -> "m) Residential school";
            default -> "n) Other placements";
        };
    }

    static String placementProvider(String provider) {
        if (provider == null) {
            return null;
        }
        return switch (provider) {
            case "PR1" -> "a) Own LA";
            case "PR4" -> "b) Private";
            default -> "c) Other";
        };
    }

    static String eligibility(String category) {
        return switch (category) {
            case "RELEVANT" -> "a) Relevant";
            case "FORMER_RELEVANT" -> "b) Former relevant";
            case "QUALIFYING" -> "c) Qualifying";
            case "ELIGIBLE" -> "d) Eligible";
            default -> "e) Other";
        };
    }

    /** In touch from the SSDA903 IN_TOUCH code (YES, NO, DIED, REFU, NREQ, RHOM). */
    static String inTouch(String code) {
        if (code == null) {
            return "c) Not recorded";
        }
        return switch (code) {
            case "YES" -> "a) In touch";
            case "NO", "REFU", "NREQ" -> "b) Not in touch";
            default -> "d) Exclude";
        };
    }

    /** Type of accommodation from the SSDA903 ACCOM code's letter (its digit is the suitability). */
    static String accommodation(String accom) {
        if (accom == null || accom.isBlank() || accom.equals("0")) {
            return null;
        }
        return switch (accom.charAt(0)) {
            case 'B' -> "a) With parents or relatives";
            case 'C' -> "b) Community home";
            case 'D' -> "c) Semi-independent transitional accommodation";
            case 'E' -> "d) Supported lodgings";
            case 'G' -> "e) Gone abroad";
            case 'H' -> "f) Deported";
            case 'K' -> "g) Ordinary lodgings";
            case 'R' -> "h) Residence not known";
            case 'S' -> "i) No fixed abode / homeless";
            case 'T' -> "j) Foyers";
            case 'U' -> "k) Independent living";
            case 'V' -> "l) Emergency accommodation";
            case 'W' -> "m) Bed and breakfast";
            case 'X' -> "n) In custody";
            case 'Z' -> "o) With Former Foster Carer";
            default -> "p) Other accommodation";
        };
    }

    static String suitability(String accom) {
        if (accom == null || accom.isBlank() || accom.equals("0")) {
            return "c) Not in touch or not recorded";
        }
        return accom.endsWith("1") ? "a) Suitable" : accom.endsWith("2") ? "b) Not suitable"
                : "c) Not in touch or not recorded";
    }

    static String activity(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "F1" -> "F1: Full time in higher education";
            case "P1" -> "P1: Part time in higher education";
            case "F2" -> "F2: Full time in education other than higher";
            case "P2" -> "P2: Part time in education other than higher";
            case "F4" -> "F4: Young person engaged full time in an apprenticeship";
            case "P4" -> "P4: Young person engaged part time in an apprenticeship";
            case "F5" -> "F5: Young person engaged full time in training or employment (not apprenticeship)";
            case "P5" -> "P5: Young person engaged part time in training or employment (not apprenticeship)";
            case "G4" -> "G4: Not in education, employment or training - illness or disability";
            case "G5" -> "G5: Not in education, employment or training - other";
            default -> "G6: Not in education, employment or training - pregnancy or parenting";
        };
    }

    /** Why a child should no longer be placed for adoption, from the reason recorded (RD1..RD4 or words). */
    static String noLongerPlaced(String reason) {
        if (reason == null) {
            return null;
        }
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.startsWith("rd1") || r.contains("need")) {
            return "a) Child’s needs changed";
        }
        if (r.startsWith("rd2") || r.contains("court") || r.contains("placement order")) {
            return "b) Court did not make a PO";
        }
        if (r.startsWith("rd3") || r.contains("found") || r.contains("no adopter")) {
            return "c) Prospective adopters cannot be found";
        }
        return "d) Any other reason";
    }

    /** Why prospective adopters left the process, from the reason recorded. */
    static String leftAdoption(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("refus") || r.contains("not approved") || r.contains("unsuitable")) {
            return "c) Application refused";
        }
        if (r.contains("hold") || r.contains("pause")) {
            return "b) Process on hold";
        }
        return "a) Withdrew";
    }
}
