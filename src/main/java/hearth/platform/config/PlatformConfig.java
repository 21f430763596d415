package hearth.platform.config;

import java.io.IOException;
import java.time.Duration;
import hearth.platform.HearthClock;
import java.util.Arrays;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class PlatformConfig implements WebMvcConfigurer {

    /** The one clock every timescale reads; tests replace it to move time. */
    @Bean
    HearthClock clock() {
        return new HearthClock();
    }

    /** PostgreSQL-only connection settings (batched inserts; relaxed commits while generating synthetic data). */
    @Bean
    static PostgresConnections postgresConnections(org.springframework.core.env.Environment environment) {
        return new PostgresConnections(environment);
    }

    /** Every context keeps its wording in its own bundle, {@code messages/<context>.properties}. */
    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        TreeSet<String> basenames = new TreeSet<>();
        Arrays.stream(bundles).map(Resource::getFilename).filter(n -> n != null && !n.contains("_"))
                .forEach(n -> basenames.add("classpath:messages/" + n.substring(0, n.length() - ".properties".length())));
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /**
     * The only static resources Hearth serves: its own CSS and script, the GOV.UK Frontend WebJar (versioned paths,
     * no locator) and GOV.UK Frontend's fonts and images under {@code /assets/}. Spring Boot's catch-all {@code /**}
     * handler and its resource chain are switched off in application.properties: with them every {@code @{...}} link
     * on every page was looked up as a classpath resource (ResourceUrlEncodingFilter), behind one jar lock, which
     * queued every request under load (docs/benchmarks.md).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl aDay = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + GovukFrontend.VERSION + "/dist/govuk/assets/")
                .setCacheControl(aDay);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(aDay);
        registry.addResourceHandler("/hearth/**").addResourceLocations("classpath:/static/hearth/")
                .setCacheControl(CacheControl.noCache());
    }
}
