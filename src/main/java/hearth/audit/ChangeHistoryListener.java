package hearth.audit;

import hearth.shared.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes a change-history row, in the same transaction, for every insert and update of an entity
 * marked {@link KeepsHistory}: who, when, the entity's version, and each field before and after. The rows are
 * gathered as the session flushes and written in two batched statements just before the transaction commits (a
 * rolled-back transaction writes none), rather than two round trips to the database for every entity written.
 */
class ChangeHistoryListener implements PostInsertEventListener, PostUpdateEventListener {

    private static final int MAX_VALUE = 2000;
    private final Clock clock;
    private final Map<SharedSessionContractImplementor, PendingChanges> open = new java.util.concurrent.ConcurrentHashMap<>();

    ChangeHistoryListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        KeepsHistory kept = event.getEntity().getClass().getAnnotation(KeepsHistory.class);
        if (kept != null) {
            write(event.getSession(), event.getPersister(), kept.value(), event.getId(), "CREATED",
                    null, event.getState());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        KeepsHistory kept = event.getEntity().getClass().getAnnotation(KeepsHistory.class);
        if (kept != null) {
            String change = isVoiding(event) ? "VOIDED" : "UPDATED";
            write(event.getSession(), event.getPersister(), kept.value(), event.getId(), change,
                    event.getOldState(), event.getState());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean isVoiding(PostUpdateEvent event) {
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("voided") && Boolean.TRUE.equals(event.getState()[i])
                    && event.getOldState() != null && !Boolean.TRUE.equals(event.getOldState()[i])) {
                return true;
            }
        }
        return false;
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, String type, Object id,
            String change, Object[] before, Object[] after) {
        String[] names = persister.getPropertyNames();
        int versionIndex = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        long version = versionIndex >= 0 && after[versionIndex] instanceof Number n ? n.longValue() : 0;
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i == versionIndex || after[i] instanceof Collection<?> || after[i] instanceof Map<?, ?>) {
                continue;
            }
            String old = before == null ? null : text(before[i]);
            String now = text(after[i]);
            if (!Objects.equals(old, now)) {
                fields.add(new String[] {names[i], old, now});
            }
        }
        if (fields.isEmpty() && !change.equals("CREATED")) {
            return;
        }
        pending(session).add(new PendingChange(Ids.next(), clock.instant(), Actor.username(), type, id, version, change,
                fields));
    }

    /** This transaction's changes, written together just before it commits (see {@link PendingChanges}). */
    private PendingChanges pending(SharedSessionContractImplementor session) {
        return open.computeIfAbsent(session, s -> {
            PendingChanges changes = new PendingChanges(() -> open.remove(s));
            s.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) changes::write);
            s.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback) (done, x) -> changes
                            .discard());
            return changes;
        });
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text;
    }
}
