package hearth.returns.ssda903;

import hearth.carehealth.CareHealth;
import hearth.careleavers.BirthdayRecordView;
import hearth.careleavers.CareLeavers;
import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.ChildrenInCare;
import hearth.missing.MissingEpisodes;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.returns.ReturnExport;
import hearth.workforce.Workforce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DfE SSDA903 (children looked after) return for a collection year, written as the eleven CSV tables the DfE
 * validator reads (header, episodes, reviews, uasc, oc2, oc3, ad1, placed_adoption, prev_perm, missing,
 * social_worker) into a folder. Everything comes from what workers recorded, through each context's published API;
 * the episodes are the ones children in care derives. The adoption tables come from the {@link AdoptionRows} bean
 * (the adoption context's journeys).
 */
@Component("ssda903")
public class SsdaExport implements ReturnExport {

    private static final int CHUNK = 1000;

    private final ChildrenInCare childrenInCare;
    private final CareReviews careReviews;
    private final People people;
    private final CareHealth careHealth;
    private final CareLeavers careLeavers;
    private final MissingEpisodes missing;
    private final Workforce workforce;
    private final ObjectProvider<AdoptionRows> adoption;

    SsdaExport(ChildrenInCare childrenInCare, CareReviews careReviews, People people, CareHealth careHealth,
            CareLeavers careLeavers, MissingEpisodes missing, Workforce workforce,
            ObjectProvider<AdoptionRows> adoption) {
        this.childrenInCare = childrenInCare;
        this.careReviews = careReviews;
        this.people = people;
        this.careHealth = careHealth;
        this.careLeavers = careLeavers;
        this.missing = missing;
        this.workforce = workforce;
        this.adoption = adoption;
    }

    @Override
    public String name() {
        return "ssda903";
    }

    @Override
    public String summary() {
        return "DfE SSDA903 children looked after return: the 11 CSV tables for the year to 31 March";
    }

    @Override
    public String usage() {
        return "--year 2026 (the collection year ending 31 March 2026); --out names a folder";
    }

    @Override
    @Transactional(readOnly = true)
    public Written write(List<String> options, Path out, Consumer<String> progress) throws IOException {
        SsdaYear year = SsdaYear.parse(options);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out must name a folder for the SSDA903 tables, not a file: " + out);
        }
        Files.createDirectories(out);
        progress.accept("SSDA903 " + year.year() + ": children looked after between " + SsdaCsv.date(year.from())
                + " and " + SsdaCsv.date(year.to()));

        List<CareEpisode> overlapping = childrenInCare.episodesOverlapping(year.from(), year.to());
        Set<UUID> ids = new LinkedHashSet<>();
        overlapping.forEach(e -> ids.add(e.childId()));
        SsdaCohort cohort = SsdaCohort.of(year, overlapping, summaries(ids), uasc(ids));
        progress.accept(cohort.children().size() + " children, " + overlapping.size() + " episodes");

        List<BirthdayRecordView> birthdays = careLeavers.birthdayRecords(year.from(), year.to());
        Set<UUID> leaverIds = new HashSet<>();
        birthdays.forEach(b -> leaverIds.add(b.childId()));
        AdoptionRows adopted = adoption.getIfAvailable(() -> AdoptionRows.NONE);

        List<UUID> oc2Ids = SsdaOutcomeRows.oc2Candidates(cohort);
        Map<SsdaTable, List<List<String>>> tables = new java.util.EnumMap<>(SsdaTable.class);
        Map<UUID, PersonSummary> leavers = summaries(leaverIds);
        tables.put(SsdaTable.HEADER, SsdaChildRows.header(cohort, leavers, firstChildren(cohort.children().keySet())));
        tables.put(SsdaTable.EPISODES, SsdaChildRows.episodes(cohort));
        tables.put(SsdaTable.REVIEWS, SsdaChildRows.reviews(cohort, careReviews.reviewsBetween(year.from(), year.to())));
        tables.put(SsdaTable.UASC, SsdaChildRows.uasc(cohort));
        tables.put(SsdaTable.OC2, SsdaOutcomeRows.oc2(cohort,
                oc2Ids.isEmpty() ? Map.of() : careHealth.outcomesFor(oc2Ids, year.to())));
        tables.put(SsdaTable.OC3, SsdaOutcomeRows.oc3(birthdays, leavers));
        tables.put(SsdaTable.AD1, adopted.ad1(cohort));
        tables.put(SsdaTable.PLACED_ADOPTION, adopted.placedForAdoption(cohort));
        tables.put(SsdaTable.PREV_PERM, adopted.previousPermanence(cohort));
        tables.put(SsdaTable.MISSING, SsdaChildRows.missing(cohort, missing.between(year.from(), year.to())));
        tables.put(SsdaTable.SOCIAL_WORKER, SsdaOutcomeRows.socialWorkers(cohort, allocations(ids)));

        List<Path> files = new ArrayList<>();
        for (SsdaTable table : SsdaTable.values()) {
            Path file = out.resolve(table.fileName());
            List<List<String>> rows = tables.get(table);
            SsdaCsv.write(file, table.columns(), rows);
            files.add(file);
            progress.accept(table.fileName() + ": " + rows.size() + (rows.size() == 1 ? " row" : " rows"));
        }
        return new Written(files, tables.get(SsdaTable.HEADER).size());
    }

    private Map<UUID, PersonSummary> summaries(Collection<UUID> ids) {
        Map<UUID, PersonSummary> found = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            people.find(chunk).forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    private Map<UUID, java.time.LocalDate> firstChildren(Collection<UUID> ids) {
        Map<UUID, java.time.LocalDate> found = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            found.putAll(people.firstChildBornTo(chunk));
        }
        return found;
    }

    private Set<UUID> uasc(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            found.addAll(people.uascAmong(chunk));
        }
        return found;
    }

    private List<hearth.workforce.AllocationView> allocations(Collection<UUID> ids) {
        List<hearth.workforce.AllocationView> found = new ArrayList<>();
        for (List<UUID> chunk : chunks(ids)) {
            found.addAll(workforce.allocationHistories(chunk));
        }
        return found;
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
