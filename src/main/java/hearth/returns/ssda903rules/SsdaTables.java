package hearth.returns.ssda903rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SSDA903 return as the rules see it: the collection year (the year it ends on 31 March, so 2026 is 1 April 2025
 * to 31 March 2026) and the rows of each table; a table not supplied is empty.
 */
public final class SsdaTables {

    private final int year;
    private final LocalDate asOf;
    private final Map<SsdaTableName, List<SsdaRow>> tables = new EnumMap<>(SsdaTableName.class);
    private final SsdaTables last;
    private final SsdaReference reference;

    public SsdaTables(int year, Map<SsdaTableName, List<SsdaRow>> tables) {
        this(year, null, tables);
    }

    /**
     * An in-year extract: {@code asOf} is the day it was taken, so a rule about who is still looked after judges the
     * return as it stood that day rather than on a 31 March still to come.
     */
    public SsdaTables(int year, LocalDate asOf, Map<SsdaTableName, List<SsdaRow>> tables) {
        this(year, asOf, tables, null, null);
    }

    private SsdaTables(int year, LocalDate asOf, Map<SsdaTableName, List<SsdaRow>> tables, SsdaTables last,
            SsdaReference reference) {
        this.year = year;
        this.asOf = asOf;
        this.last = last;
        this.reference = reference == null ? SsdaReference.none(null) : reference;
        for (SsdaTableName t : SsdaTableName.values()) {
            this.tables.put(t, List.copyOf(tables.getOrDefault(t, List.of())));
        }
    }

    /**
     * This return with last year's beside it (the {@code _last} tables the rules comparing the two years read); last
     * year's own last year is dropped.
     */
    public SsdaTables withLast(SsdaTables lastYear) {
        SsdaTables previous = lastYear == null ? null
                : new SsdaTables(lastYear.year, lastYear.asOf, lastYear.tables, null, reference);
        return new SsdaTables(year, asOf, tables, previous, reference);
    }

    /** This return (and last year's beside it) read with the Ofsted provider list and the ONS postcode directory. */
    public SsdaTables withReference(SsdaReference lists) {
        SsdaTables previous = last == null ? null : new SsdaTables(last.year, last.asOf, last.tables, null, lists);
        return new SsdaTables(year, asOf, tables, previous, lists);
    }

    /** The reference lists (none loaded unless given). */
    public SsdaReference reference() {
        return reference;
    }

    /** Last year's return, or null when none was given (the rules comparing with it are then skipped). */
    public SsdaTables last() {
        return last;
    }

    public int year() {
        return year;
    }

    /** 1 April of the year before. */
    public LocalDate start() {
        return LocalDate.of(year - 1, 4, 1);
    }

    /** 31 March of the collection year. */
    public LocalDate end() {
        return LocalDate.of(year, 3, 31);
    }

    /**
     * The day the return describes: 31 March, or the day an in-year extract was taken when that is earlier (an
     * episode open in an in-year extract is open on that day, not necessarily on 31 March).
     */
    public LocalDate census() {
        return asOf != null && asOf.isBefore(end()) ? asOf : end();
    }

    public boolean inYear(LocalDate d) {
        return d != null && !d.isBefore(start()) && !d.isAfter(end());
    }

    public List<SsdaRow> rows(SsdaTableName table) {
        return tables.get(table);
    }

    public List<SsdaRow> header() {
        return rows(SsdaTableName.HEADER);
    }

    public List<SsdaRow> episodes() {
        return rows(SsdaTableName.EPISODES);
    }

    public List<SsdaRow> reviews() {
        return rows(SsdaTableName.REVIEWS);
    }

    public List<SsdaRow> uasc() {
        return rows(SsdaTableName.UASC);
    }

    public List<SsdaRow> oc2() {
        return rows(SsdaTableName.OC2);
    }

    public List<SsdaRow> oc3() {
        return rows(SsdaTableName.OC3);
    }

    public List<SsdaRow> ad1() {
        return rows(SsdaTableName.AD1);
    }

    public List<SsdaRow> placedAdoption() {
        return rows(SsdaTableName.PLACED_ADOPTION);
    }

    public List<SsdaRow> prevPerm() {
        return rows(SsdaTableName.PREV_PERM);
    }

    public List<SsdaRow> missing() {
        return rows(SsdaTableName.MISSING);
    }

    public List<SsdaRow> socialWorkers() {
        return rows(SsdaTableName.SOCIAL_WORKER);
    }

    /**
     * Children recorded as unaccompanied asylum-seeking: those with a row in the UASC table (a CSV return has no UASC
     * flag in the header; the DfE validator sets it from the UASC table in the same way).
     */
    public java.util.Set<String> uascChildren() {
        java.util.Set<String> found = new java.util.HashSet<>();
        uasc().forEach(r -> found.add(r.child()));
        return found;
    }

    /** Each child's header row (the first, if there are duplicates). */
    public Map<String, SsdaRow> headerByChild() {
        Map<String, SsdaRow> found = new LinkedHashMap<>();
        header().forEach(r -> found.putIfAbsent(r.child(), r));
        return found;
    }

    /** The child's date of birth from the header, or null. */
    public LocalDate dob(String child) {
        SsdaRow h = headerByChild().get(child);
        return h == null ? null : h.date("DOB");
    }

    /** Each child's rows of a table, in file order. */
    public Map<String, List<SsdaRow>> byChild(List<SsdaRow> rows) {
        Map<String, List<SsdaRow>> found = new LinkedHashMap<>();
        rows.forEach(r -> found.computeIfAbsent(r.child(), k -> new ArrayList<>()).add(r));
        return found;
    }

    /** Each child's episodes in start order (an episode without a valid DECOM last). */
    public Map<String, List<SsdaRow>> episodesByChild() {
        Map<String, List<SsdaRow>> found = byChild(episodes());
        found.values().forEach(list -> list.sort(Comparator.comparing((SsdaRow r) -> r.date("DECOM"),
                Comparator.nullsLast(Comparator.naturalOrder()))));
        return found;
    }

    /** Children with at least one episode. */
    public java.util.Set<String> childrenWithEpisodes() {
        java.util.Set<String> found = new java.util.HashSet<>();
        episodes().forEach(r -> found.add(r.child()));
        return found;
    }

    /** The child's episodes in start order (empty if none). */
    public List<SsdaRow> episodesOf(String child) {
        return episodesByChild().getOrDefault(child, List.of());
    }

    /** The child's latest episode, or null. */
    public SsdaRow lastEpisode(String child) {
        List<SsdaRow> list = episodesOf(child);
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    /** Looked after on 31 March: the latest episode started by then and had not ended before it. */
    public boolean lookedAfterAtEnd(String child) {
        SsdaRow last = lastEpisode(child);
        return last != null && last.date("DECOM") != null && !last.date("DECOM").isAfter(end())
                && (last.date("DEC") == null || last.date("DEC").isAfter(end()));
    }

    /**
     * The start of the period of care the episode belongs to: walking back through the episodes that ended the day
     * the next began.
     */
    public LocalDate periodStart(String child, SsdaRow episode) {
        List<SsdaRow> list = episodesOf(child);
        int i = list.indexOf(episode);
        LocalDate start = episode.date("DECOM");
        while (i > 0 && list.get(i - 1).date("DEC") != null && list.get(i - 1).date("DEC").equals(list.get(i)
                .date("DECOM"))) {
            i--;
            start = list.get(i).date("DECOM");
        }
        return start;
    }

    /**
     * Looked after continuously for at least 12 months at 31 March (the OC2 cohort): looked after at the year end in
     * a period that began on or before 31 March a year earlier, not only on short breaks (V3, V4).
     */
    public boolean lookedAfter12Months(String child) {
        if (!lookedAfterAtEnd(child)) {
            return false;
        }
        SsdaRow last = lastEpisode(child);
        LocalDate start = periodStart(child, last);
        return start != null && !start.isAfter(end().minusYears(1)) && !last.is("LS", "V3", "V4");
    }

    /** Whole years between the two days, or null if either is unknown. */
    public static Integer age(LocalDate dob, LocalDate on) {
        return dob == null || on == null ? null : Period.between(dob, on).getYears();
    }
}
