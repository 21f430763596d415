package hearth.chronology;

import hearth.chronology.domain.ChronologyEntry;
import hearth.chronology.domain.ChronologyEntryRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.shared.Ids;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of the chronology: read a child's chronology, add what Hearth cannot know, mark entries
 * significant, analyse significant ones, and void entries recorded in error. Entries made from other contexts'
 * events are entered by the listeners in {@code hearth.chronology.events}, never by hand.
 */
@Service
public class Chronology {

    /** Date order; within a day by the time the event happened when known, then when it was recorded. */
    public static final Comparator<EntryView> IN_DATE_ORDER = Comparator.comparing(EntryView::occurredOn)
            .thenComparing(e -> e.occurredAt() == null ? e.recordedAt() : e.occurredAt())
            .thenComparing(EntryView::recordedAt).thenComparing(e -> e.id().toString());

    private final ChronologyEntryRepository entries;
    private final Clock clock;

    Chronology(ChronologyEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The child's entries the filter accepts, voided ones left out, earliest first. */
    @Transactional(readOnly = true)
    public List<EntryView> entriesFor(UUID childId, ChronologyFilter filter) {
        return entries.findByChildId(childId).stream().filter(e -> !e.isVoided()).map(ChronologyEntry::view)
                .filter(filter::accepts).sorted(IN_DATE_ORDER).toList();
    }

    /** The child's voided entries, kept with why they were voided, earliest first. */
    @Transactional(readOnly = true)
    public List<EntryView> voidedFor(UUID childId) {
        return entries.findByChildId(childId).stream().filter(ChronologyEntry::isVoided).map(ChronologyEntry::view)
                .sorted(IN_DATE_ORDER).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EntryView> find(UUID entryId) {
        return entries.findById(entryId).map(ChronologyEntry::view);
    }

    /** The same event on the siblings' chronologies (a contact recorded together, an entry added to each). */
    @Transactional(readOnly = true)
    public List<EntryView> sharedWith(UUID entryId) {
        ChronologyEntry entry = require(entryId);
        UUID group = entry.view().groupId();
        return group == null ? List.of() : entries.findByGroupIdAndVoidedFalse(group).stream()
                .filter(e -> !e.getId().equals(entryId)).map(ChronologyEntry::view).toList();
    }

    /**
     * A worker's entry on the child's chronology and, when siblings are named, the same entry on each of theirs
     * (linked as one shared event). Answers the child's entry first.
     */
    @Transactional
    public List<EntryView> add(NewEntry entry, Collection<UUID> siblings) {
        LinkedHashSet<UUID> children = new LinkedHashSet<>();
        children.add(entry.childId());
        if (siblings != null) {
            children.addAll(siblings);
        }
        UUID group = children.size() > 1 ? Ids.next() : null;
        String by = CurrentUser.username();
        return children.stream().map(child -> entries.saveAndFlush(ChronologyEntry.added(child, entry.occurredOn(),
                entry.category(), entry.summary(), entry.source(), entry.significant(), group, by, clock.instant())))
                .map(ChronologyEntry::view).toList();
    }

    /** Marks the entry significant or not, over the version the worker saw; the change is kept in its history. */
    @Transactional
    public EntryView markSignificant(UUID entryId, long seenVersion, boolean significant) {
        ChronologyEntry entry = require(entryId, seenVersion);
        entry.markSignificant(significant);
        return entries.saveAndFlush(entry).view();
    }

    /** The worker's analysis of a significant event, over the version they saw. */
    @Transactional
    public EntryView recordAnalysis(UUID entryId, long seenVersion, String analysis) {
        ChronologyEntry entry = require(entryId, seenVersion);
        entry.analyse(analysis);
        return entries.saveAndFlush(entry).view();
    }

    /** Voids an entry recorded in error; it stays, marked voided with the reason. */
    @Transactional
    public EntryView voidEntry(UUID entryId, long seenVersion, String reason) {
        ChronologyEntry entry = require(entryId, seenVersion);
        entry.voidEntry(reason, CurrentUser.username(), clock.instant());
        return entries.saveAndFlush(entry).view();
    }

    private ChronologyEntry require(UUID id, long seenVersion) {
        ChronologyEntry entry = require(id);
        if (entry.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(ChronologyEntry.class, id);
        }
        return entry;
    }

    private ChronologyEntry require(UUID id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("Chronology entry"));
    }
}
