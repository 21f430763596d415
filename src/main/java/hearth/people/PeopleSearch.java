package hearth.people;

import hearth.people.domain.NameKeys;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people by any identifier, date of birth, and names spelt roughly right (current, former or
 * alias), best matches first. Also answers the likely duplicates of someone about to be created.
 */
@Service
public class PeopleSearch {

    public static final int LIMIT = 50;
    private final JdbcClient jdbc;
    private final People people;

    PeopleSearch(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select pn.person_id, pn.first_lower, pn.last_lower, pn.first_key, pn.last_key, pn.kind,
                       pn.first_name, pn.last_name
                from person_name pn join person p on p.id = pn.person_id
                where p.voided = false""");
        Map<String, Object> params = new HashMap<>();
        if (query.nhsNumber() != null) {
            sql.append(" and p.nhs_number = :nhs");
            params.put("nhs", query.nhsNumber());
        }
        if (query.upn() != null) {
            sql.append(" and p.upn = :upn");
            params.put("upn", query.upn());
        }
        if (query.laChildId() != null) {
            sql.append(" and p.la_child_id = :la");
            params.put("la", query.laChildId());
        }
        if (query.dateOfBirth() != null) {
            sql.append(" and (p.date_of_birth = :dob or p.expected_date_of_birth = :dob)");
            params.put("dob", Date.valueOf(query.dateOfBirth()));
        }
        List<String> words = query.names();
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            String lastPlain = NameKeys.plain(last);
            params.put("lastKey", NameKeys.key(last));
            params.put("lastPrefix", lastPlain + "%");
            if (words.size() == 1) {
                params.put("firstKeyOnly", NameKeys.key(last));
                sql.append(" and (pn.last_key = :lastKey or pn.last_lower like :lastPrefix"
                        + " or pn.first_key = :firstKeyOnly or pn.first_lower like :lastPrefix)");
            } else {
                String first = words.get(0);
                params.put("firstKey", NameKeys.key(first));
                params.put("firstPrefix", NameKeys.plain(first) + "%");
                sql.append(" and (pn.last_key = :lastKey or pn.last_lower like :lastPrefix)"
                        + " and (pn.first_key = :firstKey or pn.first_lower like :firstPrefix)");
            }
        }
        sql.append(" order by pn.last_lower, pn.first_lower limit 500");
        Map<UUID, Candidate> best = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Candidate(rs.getObject(1, UUID.class),
                        score(words, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                        rs.getString(7) + " " + rs.getString(8), !"CURRENT".equals(rs.getString(6))))
                .list().forEach(c -> best.merge(c.id, c, (a, b) -> a.score >= b.score ? a : b));
        List<Candidate> ranked = best.values().stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed()).limit(LIMIT).toList();
        Map<UUID, PersonSummary> summaries = new HashMap<>();
        people.find(ranked.stream().map(Candidate::id).toList()).forEach(s -> summaries.put(s.id(), s));
        Map<UUID, String> postcodes = postcodes(ranked.stream().map(Candidate::id).toList());
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate c : ranked) {
            PersonSummary s = summaries.get(c.id);
            if (s != null) {
                hits.add(new SearchHit(s, c.score, c.name, c.former, postcodes.get(c.id)));
            }
        }
        return hits;
    }

    /** People who may be the one about to be created: same identifier, or a similar name and birth date. */
    @Transactional(readOnly = true)
    public List<SearchHit> likelyDuplicates(PersonDetails details) {
        List<SearchHit> hits = new ArrayList<>();
        if (details.nhsNumber() != null) {
            hits.addAll(search(new SearchQuery("", details.nhsNumber(), null, null, null, List.of())));
        }
        if (details.upn() != null) {
            hits.addAll(search(new SearchQuery("", null, details.upn(), null, null, List.of())));
        }
        java.time.LocalDate date = details.dateOfBirth() != null ? details.dateOfBirth() : details.expectedDateOfBirth();
        hits.addAll(search(new SearchQuery("", null, null, null, date,
                List.of(details.firstName(), details.lastName()))));
        if (date != null) {
            hits.addAll(search(new SearchQuery("", null, null, null, null, List.of(details.firstName(), details.lastName())))
                    .stream().filter(h -> date.equals(h.person().dateOfBirth())
                            || date.equals(h.person().expectedDateOfBirth())
                            || h.person().dateOfBirth() == null).toList());
        }
        Map<UUID, SearchHit> distinct = new LinkedHashMap<>();
        hits.forEach(h -> distinct.putIfAbsent(h.person().id(), h));
        return List.copyOf(distinct.values());
    }

    private Map<UUID, String> postcodes(List<UUID> ids) {
        Map<UUID, String> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select person_id, postcode from person_address where person_id in (:ids) and lived_to is null and voided = false")
                .param("ids", ids).query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return result;
    }

    /** 100 for exact names, less for a prefix, less again for a name that only sounds the same. */
    static int score(List<String> words, String firstLower, String lastLower, String firstKey, String lastKey) {
        if (words.isEmpty()) {
            return 50;
        }
        String last = NameKeys.plain(words.get(words.size() - 1));
        int score = closeness(last, lastLower, lastKey);
        if (words.size() > 1) {
            score += closeness(NameKeys.plain(words.get(0)), firstLower, firstKey);
        } else {
            score = Math.max(score, closeness(last, firstLower, firstKey) - 5);
        }
        return score;
    }

    private static int closeness(String typed, String plain, String key) {
        if (plain.equals(typed)) {
            return 50;
        }
        if (plain.startsWith(typed)) {
            return 35;
        }
        return key.equals(NameKeys.key(typed)) ? 25 : 0;
    }

    private record Candidate(UUID id, int score, String name, boolean former) {
    }
}
