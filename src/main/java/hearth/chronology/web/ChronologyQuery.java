package hearth.chronology.web;

import hearth.chronology.ChronologyFilter;
import hearth.chronology.EntryCategory;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The chronology page's query (categories, a period, full or significant view) read from GET parameters. A part
 * that is not valid is reported in {@link #errors()} and left out of the filter, so the page still shows.
 */
record ChronologyQuery(ChronologyFilter filter, Set<String> chosenCategories, DateParts from, DateParts to,
        boolean significantOnly, FormErrors errors) {

    static ChronologyQuery read(MultiValueMap<String, String> params) {
        FormErrors errors = new FormErrors();
        List<String> raw = params.getOrDefault("category", List.of());
        Set<EntryCategory> categories = EnumSet.noneOf(EntryCategory.class);
        for (String value : raw) {
            try {
                categories.add(EntryCategory.valueOf(value));
            } catch (IllegalArgumentException e) {
                errors.reject("category", "chronology.filter.error.category");
            }
        }
        DateParts from = parts(params, "from");
        DateParts to = parts(params, "to");
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.reject("to", "chronology.filter.error.order");
            toDate = null;
        }
        String view = params.getFirst("view");
        if (view != null && !view.equals("all") && !view.equals("significant")) {
            errors.reject("view", "chronology.filter.error.view");
        }
        boolean significant = "significant".equals(view);
        Set<String> chosen = Set.copyOf(categories.stream().map(Enum::name).toList());
        return new ChronologyQuery(new ChronologyFilter(categories, fromDate, toDate, significant), chosen, from, to,
                significant, errors);
    }

    /** The query string that gives this filter (valid parts only), for links to the other view and the export. */
    String queryString(boolean significantView) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        filter.categories().stream().map(Enum::name).sorted().forEach(c -> uri.queryParam("category", c));
        put(uri, "from", filter.from());
        put(uri, "to", filter.to());
        if (significantView) {
            uri.queryParam("view", "significant");
        }
        return uri.build().encode().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String field, LocalDate date) {
        if (date != null) {
            uri.queryParam(field + "Day", date.getDayOfMonth()).queryParam(field + "Month", date.getMonthValue())
                    .queryParam(field + "Year", date.getYear());
        }
    }

    private static DateParts parts(MultiValueMap<String, String> params, String field) {
        return new DateParts(value(params, field + "Day"), value(params, field + "Month"), value(params, field + "Year"));
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v;
    }

    private static LocalDate date(DateParts parts, String field, FormErrors errors) {
        if (parts.blank()) {
            return null;
        }
        if (parts.problem() != null) {
            errors.reject(field, "chronology.filter.error." + field);
            return null;
        }
        return parts.toDate();
    }
}
