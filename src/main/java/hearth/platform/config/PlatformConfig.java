package hearth.platform.config;

import java.io.IOException;
import hearth.platform.HearthClock;
import java.util.Arrays;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class PlatformConfig implements WebMvcConfigurer {

    /** The one clock every timescale reads; tests replace it to move time. */
    @Bean
    HearthClock clock() {
        return new HearthClock();
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

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // GOV.UK Frontend's stylesheet looks for its fonts and images under /assets/
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + GovukFrontend.VERSION + "/dist/govuk/assets/");
    }
}
