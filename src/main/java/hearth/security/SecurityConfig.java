package hearth.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.http.HttpStatus;

/**
 * Deny by default: every request needs a signed-in user except the sign-in page and static assets,
 * and every handler then needs the permission it declares.
 */
@Configuration
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig implements WebMvcConfigurer {

    static final String SIGN_IN = "/sign-in";

    @Bean
    SecurityFilterChain hearthSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
            CouncilOidcUserService oidcUserService, SignInFailureHandler failureHandler) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/assets/**", "/webjars/**", "/hearth/**", "/favicon.ico", SIGN_IN, "/error",
                        "/signed-out", "/oauth2/**", "/login/oauth2/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/session/status").permitAll()
                .anyRequest().authenticated());
        // never return to an API call or a background request after signing in: only to pages
        org.springframework.security.web.savedrequest.HttpSessionRequestCache cache =
                new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api.matches(request)
                && !request.getRequestURI().startsWith("/session/"));
        http.requestCache(c -> c.requestCache(cache));
        http.formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                .defaultSuccessUrl("/", false).failureHandler(failureHandler).permitAll());
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage(SIGN_IN)
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUserService)));
        }
        http.logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out").deleteCookies("HEARTH_SESSION"));
        http.exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN), request -> true));
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                .sessionFixation(f -> f.changeSessionId()));
        http.headers(h -> h
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
                .cacheControl(c -> { })
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        http.addFilterBefore(new ContentSecurityPolicyFilter(),
                org.springframework.security.web.header.HeaderWriterFilter.class);
        return http.build();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionInterceptor());
    }

}
