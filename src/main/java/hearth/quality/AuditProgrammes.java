package hearth.quality;

import hearth.platform.web.NotFoundException;
import hearth.quality.domain.AuditStore;
import hearth.quality.domain.ProgrammeStore;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: audit programmes. Setting one up draws its sample from the children allocated now (random or
 * stratified, reproducible with the seed), shares the children among the auditors in turn and keeps the sample's
 * make-up against the population.
 */
@Service
public class AuditProgrammes {

    public static final int MAX_SAMPLE = 200;
    private final ProgrammeStore store;
    private final AuditStore audits;
    private final AuditTemplates templates;
    private final QualityPopulation population;
    private final Clock clock;

    AuditProgrammes(ProgrammeStore store, AuditStore audits, AuditTemplates templates, QualityPopulation population,
            Clock clock) {
        this.store = store;
        this.audits = audits;
        this.templates = templates;
        this.population = population;
        this.clock = clock;
    }

    /** Sets up the programme and draws its sample; answers its id. */
    @Transactional
    public UUID create(NewProgramme p) {
        if (p.auditors().isEmpty() || p.sampleSize() < 1 || p.sampleSize() > MAX_SAMPLE || p.to().isBefore(p.from())) {
            throw new IllegalArgumentException("quality.programme.error.invalid");
        }
        templates.find(p.templateId());
        List<Candidate> all = population.now();
        List<Candidate> sample = p.stratum() == null ? Sampler.random(all, p.sampleSize(), p.seed())
                : Sampler.stratified(all, p.sampleSize(), p.seed(), p.stratum());
        Map<Candidate, String> assigned = new LinkedHashMap<>();
        for (int i = 0; i < sample.size(); i++) {
            assigned.put(sample.get(i), p.auditors().get(i % p.auditors().size()));
        }
        return store.create(p, all.size(), assigned, Sampler.makeUp(all, sample), CurrentUser.username(),
                clock.instant());
    }

    /** The programme with its sample, each child's counted grade once audited, and the make-up. */
    @Transactional(readOnly = true)
    public ProgrammeView find(UUID id) {
        ProgrammeStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("Audit programme"));
        List<AuditView> done = audits.forProgramme(id);
        List<ProgrammeView.SampledChild> sample = store.sample(id).stream().map(s -> {
            Optional<AuditView> audit = done.stream().filter(a -> a.childId().equals(s.childId())).findFirst();
            return new ProgrammeView.SampledChild(s.childId(), s.team(), s.kindOfWork(), s.ageBand(), s.auditor(),
                    audit.map(AuditView::id).orElse(null), audit.map(AuditView::countedGrade).orElse(null));
        }).toList();
        return new ProgrammeView(row.id(), row.name(), row.templateId(), templates.find(row.templateId()).name(),
                row.from(), row.to(), row.auditors(), row.stratum(), row.sampleSize(), row.seed(), row.population(),
                sample, store.makeUp(id));
    }

    /** Every programme, latest first. */
    @Transactional(readOnly = true)
    public List<ProgrammeView> all() {
        return store.all().stream().map(r -> find(r.id()))
                .sorted(Comparator.comparing(ProgrammeView::from).reversed()).toList();
    }
}
