package hearth.people.web;

import hearth.audit.AuditTrail;
import hearth.people.PeopleSearch;
import hearth.people.SearchHit;
import hearth.people.SearchQuery;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding a child or adult by name (spelling-tolerant), date of birth or any identifier. */
@Controller
class SearchController {

    static final int MAX_QUERY = 200;
    private final PeopleSearch search;
    private final RecordAccess access;
    private final AuditTrail audit;

    SearchController(PeopleSearch search, RecordAccess access, AuditTrail audit) {
        this.search = search;
        this.access = access;
        this.audit = audit;
    }

    @Bean
    static NavigationLink searchLink() {
        return new NavigationLink(10, "nav.search", "/people/search", Permission.SEARCH_PEOPLE);
    }

    @GetMapping("/people/search")
    @RequiresPermission(Permission.SEARCH_PEOPLE)
    String page(Model model) {
        return search(null, model);
    }

    /** Posted, not a query string: names and dates of birth must never sit in URLs or server logs. */
    @PostMapping("/people/search")
    @RequiresPermission(Permission.SEARCH_PEOPLE)
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("titleError", false);
        if (q == null || q.isBlank()) {
            model.addAttribute("searched", q != null);
            model.addAttribute("error", q != null ? "search.error.empty" : null);
            model.addAttribute("titleError", q != null);
            return "people/search";
        }
        if (q.length() > MAX_QUERY) {
            model.addAttribute("error", "search.error.long");
            model.addAttribute("titleError", true);
            model.addAttribute("searched", false);
            return "people/search";
        }
        SearchQuery query;
        try {
            query = SearchQuery.parse(q);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", "search.error.date");
            model.addAttribute("titleError", true);
            model.addAttribute("searched", false);
            return "people/search";
        }
        List<SearchHit> hits = search.search(query);
        audit.searched(q, hits.stream().map(h -> h.person().id()).toList());
        model.addAttribute("hits", hits);
        model.addAttribute("restricted", access.restrictedAmong(hits.stream().map(h -> h.person().id()).toList()));
        model.addAttribute("searched", true);
        model.addAttribute("limit", PeopleSearch.LIMIT);
        return "people/search";
    }
}
