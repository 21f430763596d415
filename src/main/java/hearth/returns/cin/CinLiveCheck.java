package hearth.returns.cin;

import hearth.returns.LiveCheck;
import hearth.returns.LiveFinding;
import hearth.returns.ReturnValidation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CIN census for the collection year that contains today, as it stands today (from 1 April), run through the
 * DfE's CIN rules: the live data-quality check. The file is a temporary one, removed straight after.
 */
@Component
class CinLiveCheck implements LiveCheck {

    private final CinCensusReader reader;
    private final List<ReturnValidation> validations;
    private final Clock clock;
    private final String laCode;

    CinLiveCheck(CinCensusReader reader, List<ReturnValidation> validations, Clock clock,
            @Value("${hearth.returns.la-code:870}") String laCode) {
        this.reader = reader;
        this.validations = validations;
        this.clock = clock;
        this.laCode = laCode;
    }

    @Override
    public String returnName() {
        return "cin-census";
    }

    @Override
    public String period(LocalDate today) {
        return yearStart(today) + " to " + today;
    }

    @Override
    public List<LiveFinding> check(LocalDate today) {
        ReturnValidation rules = validations.stream().filter(v -> v.name().equals(returnName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No CIN census rules"));
        List<CinChild> children = reader.read(yearStart(today), today, line -> { });
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, UUID> ids = children.stream().collect(Collectors.toMap(c -> c.identity().laChildId(),
                c -> c.identity().id(), (a, b) -> a));
        int year = yearStart(today).getYear() + 1;
        Path file = null;
        try {
            file = Files.createTempFile("hearth-cin-live", ".xml");
            try (OutputStream out = Files.newOutputStream(file)) {
                CinCensusWriter.write(out, new CinCensusWriter.Source(year, laCode, "live", "000",
                        OffsetDateTime.now(clock)), children);
            }
            return rules.validate(file).stream().map(f -> new LiveFinding(returnName(),
                    f.child() == null ? null : ids.get(f.child()), f.child(), f.rule(), f.error(), f.message(),
                    f.fields())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the live CIN census", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** 1 April of the collection year that contains {@code today}. */
    static LocalDate yearStart(LocalDate today) {
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(year, 4, 1);
    }
}
