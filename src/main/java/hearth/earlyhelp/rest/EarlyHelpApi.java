package hearth.earlyhelp.rest;

import hearth.audit.AuditTrail;
import hearth.earlyhelp.CheckInView;
import hearth.earlyhelp.EarlyHelp;
import hearth.earlyhelp.EpisodeView;
import hearth.earlyhelp.PlanActionView;
import hearth.earlyhelp.ReviewView;
import hearth.earlyhelp.WaitingView;
import hearth.earlyhelp.web.EpisodeAccess;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Early help over HTTP, read-only, with the same permissions, record access and audit as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Early help", description = "Episodes of early help (family help), plans, reviews and the waiting list")
class EarlyHelpApi {

    private final EarlyHelp earlyHelp;
    private final EpisodeAccess episodes;
    private final AuditTrail audit;

    EarlyHelpApi(EarlyHelp earlyHelp, EpisodeAccess episodes, AuditTrail audit) {
        this.earlyHelp = earlyHelp;
        this.episodes = episodes;
        this.audit = audit;
    }

    /** An episode with everything recorded in it. */
    record EpisodeDetail(EpisodeView episode, List<WaitingView> waiting, List<CheckInView> checkIns,
            List<PlanActionView> plan, List<ReviewView> reviews) {
    }

    @GetMapping("/children/{childId}/early-help")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    @Operation(summary = "A child's episodes of early help, latest first")
    List<EpisodeView> episodesOf(@PathVariable UUID childId) {
        episodes.child(childId);
        audit.viewed(childId, "early help episodes (API)");
        return earlyHelp.episodesFor(childId);
    }

    @GetMapping("/early-help/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    @Operation(summary = "One episode of early help with its waiting list place, check-ins, plan and reviews")
    EpisodeDetail episode(@PathVariable UUID id) {
        EpisodeView episode = episodes.episode(id);
        audit.viewed(episode.childId(), "early help episode (API)");
        return new EpisodeDetail(episode, earlyHelp.waitingFor(id), earlyHelp.checkInsFor(id), earlyHelp.planFor(id),
                earlyHelp.reviewsFor(id));
    }
}
