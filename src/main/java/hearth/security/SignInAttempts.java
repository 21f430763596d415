package hearth.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins and locks an account after {@value UserAccount#MAX_FAILED_ATTEMPTS} in a row. */
@Component
class SignInAttempts {

    private final UserAccountRepository repository;
    private final Clock clock;

    SignInAttempts(UserAccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        repository.findByUsername(UserAccount.normalise(username)).ifPresent(a -> a.recordFailedSignIn(clock.instant()));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        repository.findByUsername(UserAccount.normalise(event.getAuthentication().getName())).ifPresent(UserAccount::recordSignIn);
    }
}
