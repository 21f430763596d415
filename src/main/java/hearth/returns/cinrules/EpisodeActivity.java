package hearth.returns.cinrules;

/** How many of each module an episode holds. */
final class EpisodeActivity {

    private EpisodeActivity() {
    }

    static long assessments(CinTables t, CinTables.CinDetails d) {
        return t.assessments().stream().filter(a -> same(d, a.laChildId(), a.cinDetailsId())).count();
    }

    static long plans(CinTables t, CinTables.CinDetails d) {
        return t.cinPlanDates().stream().filter(a -> same(d, a.laChildId(), a.cinDetailsId())).count();
    }

    static long enquiries(CinTables t, CinTables.CinDetails d) {
        return t.section47().stream().filter(a -> same(d, a.laChildId(), a.cinDetailsId())).count();
    }

    static long protectionPlans(CinTables t, CinTables.CinDetails d) {
        return t.childProtectionPlans().stream().filter(a -> same(d, a.laChildId(), a.cinDetailsId())).count();
    }

    static boolean same(CinTables.CinDetails d, String laChildId, int cinDetailsId) {
        return d.cinDetailsId() == cinDetailsId && CinTables.eq(d.laChildId(), laChildId);
    }
}
