package hearth.audit;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Hooks the change-history listener into Hibernate once the persistence unit is up. */
@Component
class ChangeHistoryRegistration implements SmartInitializingSingleton {

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;

    ChangeHistoryRegistration(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        ChangeHistoryListener listener = new ChangeHistoryListener(clock);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
    }
}
