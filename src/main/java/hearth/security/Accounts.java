package hearth.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API for creating and finding sign-in accounts. */
@Service
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates an account with a local password, or answers the existing one of that username. */
    @Transactional
    public UserAccount ensure(String username, String displayName, Role role, String rawPassword, boolean demo) {
        return repository.findByUsername(UserAccount.normalise(username)).orElseGet(() -> repository.save(
                new UserAccount(username, displayName, role,
                        rawPassword == null ? null : passwordEncoder.encode(rawPassword), demo, clock.instant())));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return repository.findByUsername(UserAccount.normalise(username));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return repository.findAllByOrderByUsername();
    }

    /** Demo accounts still able to sign in; production mode refuses to start while any exist. */
    @Transactional(readOnly = true)
    public List<UserAccount> enabledDemoAccounts() {
        return repository.findByDemoTrueAndEnabledTrue();
    }
}
