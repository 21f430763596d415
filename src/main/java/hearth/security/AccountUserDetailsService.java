package hearth.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository repository;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(UserAccount.normalise(username))
                .filter(a -> a.getRole() != null)
                .map(a -> a.toUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
