package hearth.returns.web;

import hearth.returns.ReturnExport;
import hearth.returns.ReturnRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Returns being produced in the background for the returns page, one at a time, with the progress lines the
 * export reports, so a large authority's census does not hold a request open. Kept in memory: a finished file
 * can be downloaded until the application restarts.
 */
@Component
class ReturnJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReturnJobs.class);

    /** One return being produced for one person. */
    static final class Job {
        final UUID id = UUID.randomUUID();
        final String returnName;
        final String fileType;
        final int year;
        final LocalDate asOf;
        final List<String> options;
        final String startedBy;
        final Instant startedAt;
        final List<String> progress = new CopyOnWriteArrayList<>();
        volatile Path file;
        volatile Integer children;
        volatile String failure;

        Job(String returnName, String fileType, int year, LocalDate asOf, String startedBy, Instant startedAt) {
            this.returnName = returnName;
            this.fileType = fileType;
            this.year = year;
            this.asOf = asOf;
            this.options = asOf != null ? List.of("--as-of", asOf.toString())
                    : List.of("--year", String.valueOf(year));
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        public UUID getId() {
            return id;
        }

        public String getReturnName() {
            return returnName;
        }

        public int getYear() {
            return year;
        }

        /** The day an as-of return (Annex A) runs to, or null for a collection year's return. */
        public LocalDate getAsOf() {
            return asOf;
        }

        /** The period as the run record and file name give it: the as-of date or the collection year. */
        String period() {
            return asOf != null ? asOf.toString() : String.valueOf(year);
        }

        public List<String> getProgress() {
            return progress;
        }

        public Integer getChildren() {
            return children;
        }

        public String getFailure() {
            return failure;
        }

        public boolean isDone() {
            return file != null;
        }

        public boolean isRunning() {
            return file == null && failure == null;
        }

        /** A return written as several files (SSDA903's tables) is downloaded as one zip. */
        boolean zipped() {
            return file != null && file.getFileName().toString().endsWith(".zip");
        }

        String fileName() {
            return returnName + "-" + period() + "." + extension();
        }

        /** The downloaded file's extension: zip, or the single file's type (xml, xlsx). */
        public String extension() {
            return zipped() ? "zip" : fileType;
        }
    }

    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "hearth-returns");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final ReturnRuns runs;

    ReturnJobs(Clock clock, ReturnRuns runs) {
        this.clock = clock;
        this.runs = runs;
    }

    Job start(ReturnExport export, int year, String username) {
        return start(new Job(export.name(), export.fileType(), year, null, username, clock.instant()), export);
    }

    /** A return for the twelve months to {@code asOf} (Annex A), as the command's {@code --as-of} gives it. */
    Job startAsOf(ReturnExport export, LocalDate asOf, String username) {
        return start(new Job(export.name(), export.fileType(), asOf.getYear(), asOf, username, clock.instant()),
                export);
    }

    private Job start(Job job, ReturnExport export) {
        jobs.put(job.id, job);
        job.progress.add("Waiting to start.");
        runner.submit(() -> run(export, job));
        return job;
    }

    Optional<Job> find(UUID id, String username) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.startedBy.equals(username));
    }

    private void run(ReturnExport export, Job job) {
        try {
            Path folder = Files.createTempDirectory("hearth-" + job.returnName);
            folder.toFile().deleteOnExit();
            Path out = folder.resolve(job.returnName + "-" + job.period());
            ReturnExport.Written written = export.write(job.options, out, job.progress::add);
            job.children = written.children();
            job.file = Files.isDirectory(out) ? zip(out, written.files()) : out;
        } catch (IllegalArgumentException e) {
            job.failure = e.getMessage();
        } catch (IOException | RuntimeException e) {
            log.error("Return {} for {} failed", job.returnName, job.period(), e);
            job.failure = "Hearth could not produce the return: " + e.getMessage();
        }
        try {
            runs.exported(job.returnName, job.period(), job.file == null ? List.of()
                    : List.of(Path.of(job.fileName())), job.children, job.failure, ReturnRuns.Via.PAGE, job.startedBy);
        } catch (RuntimeException e) {
            log.error("Could not record the run of return {} for {}", job.returnName, job.period(), e);
        }
    }

    /** The files of a return written as a folder, in one zip beside it. */
    private static Path zip(Path folder, List<Path> files) throws IOException {
        Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                out.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        zip.toFile().deleteOnExit();
        return zip;
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
