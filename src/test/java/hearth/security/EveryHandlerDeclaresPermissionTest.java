package hearth.security;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.support.HearthTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@HearthTest
class EveryHandlerDeclaresPermissionTest {

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    @Test
    void everyWebAndApiHandlerDeclaresItsPermissionOrIsDeclaredPublic() {
        List<String> undeclared = mappings.stream()
                .flatMap(m -> m.getHandlerMethods().entrySet().stream())
                .filter(e -> !PermissionInterceptor.declares(e.getValue()))
                .map(e -> e.getKey() + " -> " + e.getValue())
                .toList();
        assertThat(undeclared).as("handlers without @RequiresPermission or @PublicEndpoint").isEmpty();
    }

    @Test
    void theWalkFindsTheHandlers() {
        long handlers = mappings.stream().mapToLong(m -> m.getHandlerMethods().size()).sum();
        assertThat(handlers).isGreaterThan(5);
    }
}
