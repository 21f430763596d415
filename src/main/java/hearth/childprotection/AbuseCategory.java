package hearth.childprotection;

/** The DfE category of abuse for a child protection plan (CIN census InitialCategoryOfAbuse). */
public enum AbuseCategory { NEG, PHY, SAB, EMO, MUL }
