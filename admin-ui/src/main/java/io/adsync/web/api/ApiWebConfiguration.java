package io.adsync.web.api;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Makes {@link OrgId} available as a handler parameter everywhere, console pages included. */
@Configuration(proxyBeanMethods = false)
public class ApiWebConfiguration implements WebMvcConfigurer {

    private final OrgIdArgumentResolver orgIdResolver;

    public ApiWebConfiguration(OrgIdArgumentResolver orgIdResolver) {
        this.orgIdResolver = orgIdResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(orgIdResolver);
    }
}
