package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.EpisodeView;
import hearth.frontdoor.ReferralSource;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral on an episode: the one that opened it, or one that joined it because the episode was open. */
@Entity
@Table(name = "cin_episode_referral")
@KeepsHistory("child in need episode referral")
public class EpisodeReferralLink {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "referral_id", nullable = false)
    private UUID referralId;
    @Column(name = "referral_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource source;
    @Column(name = "re_referral", nullable = false)
    private boolean reReferral;
    @Column(nullable = false)
    private boolean joined;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected EpisodeReferralLink() {
    }

    public EpisodeReferralLink(UUID episodeId, UUID referralId, LocalDate date, ReferralSource source,
            boolean reReferral, boolean joined, Instant recordedAt) {
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.referralId = referralId;
        this.date = date;
        this.source = source;
        this.reReferral = reReferral;
        this.joined = joined;
        this.recordedAt = recordedAt;
    }

    public EpisodeView.EpisodeReferral view() {
        return new EpisodeView.EpisodeReferral(referralId, date, source, reReferral, joined);
    }

    public UUID getEpisodeId() {
        return episodeId;
    }
}
