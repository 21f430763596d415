package hearth.quality.domain;

import hearth.quality.AgeBand;
import hearth.quality.Candidate;
import hearth.quality.KindOfWork;
import hearth.quality.MakeUpRow;
import hearth.quality.NewProgramme;
import hearth.quality.Stratum;
import hearth.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audit programmes, their samples (with each child's strata when sampled) and the sample's make-up. */
@Repository
public class ProgrammeStore {

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored programme row. */
    public record Row(UUID id, String name, UUID templateId, LocalDate from, LocalDate to, List<String> auditors,
            Stratum stratum, int sampleSize, long seed, int population) {
    }

    /** A stored sampled child. */
    public record Sampled(UUID childId, String team, KindOfWork kindOfWork, AgeBand ageBand, String auditor) {
    }

    public UUID create(NewProgramme p, int population, Map<Candidate, String> sample, List<MakeUpRow> makeUp,
            String by, Instant at) {
        UUID id = Ids.next();
        jdbc.sql("insert into quality_programme (id, name, template_id, period_from, period_to, auditors, sampling, "
                + "stratum, sample_size, seed, population, created_by, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, p.name(), p.templateId(), p.from(), p.to(), String.join(",", p.auditors()),
                        p.stratum() == null ? "RANDOM" : "STRATIFIED", p.stratum() == null ? null : p.stratum().name(),
                        p.sampleSize(), p.seed(), population, by, Timestamp.from(at))
                .update();
        sample.forEach((c, auditor) -> jdbc.sql("insert into quality_sample (id, programme_id, child_id, team_name, "
                + "kind_of_work, age_band, auditor) values (?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.next(), id, c.childId(), c.team(), c.kindOfWork().name(), c.ageBand().name(), auditor)
                .update());
        for (MakeUpRow r : makeUp) {
            jdbc.sql("insert into quality_make_up (id, programme_id, dimension, stratum_value, population, sampled) "
                    + "values (?, ?, ?, ?, ?, ?)")
                    .params(Ids.next(), id, r.dimension().name(), r.value(), r.population(), r.sampled()).update();
        }
        return id;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from quality_programme where id = ?").param(id).query((rs, n) -> new Row(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("template_id", UUID.class),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                Arrays.stream(rs.getString("auditors").split(",")).filter(s -> !s.isBlank()).toList(),
                rs.getString("stratum") == null ? null : Stratum.valueOf(rs.getString("stratum")),
                rs.getInt("sample_size"), rs.getLong("seed"), rs.getInt("population"))).optional();
    }

    /** Every programme, latest period first. */
    public List<Row> all() {
        return jdbc.sql("select id from quality_programme order by period_from desc, name").query(UUID.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
    }

    public List<Sampled> sample(UUID programmeId) {
        return jdbc.sql("select * from quality_sample where programme_id = ? order by auditor, team_name, child_id")
                .param(programmeId).query((rs, n) -> new Sampled(rs.getObject("child_id", UUID.class),
                        rs.getString("team_name"), KindOfWork.valueOf(rs.getString("kind_of_work")),
                        AgeBand.valueOf(rs.getString("age_band")), rs.getString("auditor")))
                .list();
    }

    public List<MakeUpRow> makeUp(UUID programmeId) {
        List<MakeUpRow> raw = jdbc.sql("select * from quality_make_up where programme_id = ? order by dimension, "
                + "stratum_value").param(programmeId).query((rs, n) -> new MakeUpRow(
                        Stratum.valueOf(rs.getString("dimension")), rs.getString("stratum_value"),
                        rs.getInt("population"), rs.getInt("sampled"), 0, 0)).list();
        return raw.stream().map(r -> {
            int pop = raw.stream().filter(o -> o.dimension() == r.dimension()).mapToInt(MakeUpRow::population).sum();
            int got = raw.stream().filter(o -> o.dimension() == r.dimension()).mapToInt(MakeUpRow::sampled).sum();
            return new MakeUpRow(r.dimension(), r.value(), r.population(), r.sampled(), pop, got);
        }).sorted(java.util.Comparator.comparing(MakeUpRow::dimension)).toList();
    }
}
