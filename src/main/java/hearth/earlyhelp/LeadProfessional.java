package hearth.earlyhelp;

/**
 * The lead professional for the family: a Hearth worker (username given; name, role and agency are taken from
 * the workforce) or a partner agency's professional (name, agency, role and contact details all given).
 */
public record LeadProfessional(String workerUsername, String name, String agency, String role, String contact) {

    public static LeadProfessional worker(String username, String contact) {
        return new LeadProfessional(username, null, null, null, contact);
    }

    public static LeadProfessional partner(String name, String agency, String role, String contact) {
        return new LeadProfessional(null, name, agency, role, contact);
    }

    public boolean isWorker() {
        return workerUsername != null;
    }
}
