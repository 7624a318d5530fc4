package io.adsync.sandbox;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the Amazon Ads sandbox before the application context is built and makes its URL the
 * SANDBOX region's endpoints ({@code adsync.amazon.sandbox-url}). It has to be listening first: its
 * port may be random, and the Ads client's properties are bound from the environment. The running
 * {@link AdsSandbox} is a bean (tests steer it through {@link AdsSandbox#faults()}) and stops with the
 * context's beans. Whether it starts at all is the {@link SandboxMode}, also a bean. Registered in {@code META-INF/spring.factories}.
 */
public class EmbeddedSandbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SANDBOX_URL_PROPERTY = "adsync.amazon.sandbox-url";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSandbox.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        SandboxMode mode = SandboxMode.of(environment);
        context.getBeanFactory().registerSingleton("sandboxMode", mode);
        if (!mode.enabled()) {
            return;
        }
        EmbeddedSandboxProperties properties = Binder.get(environment)
                .bindOrCreate(EmbeddedSandboxProperties.PREFIX, EmbeddedSandboxProperties.class);
        AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults()
                .withPort(properties.port())
                .withReportDelay(properties.reportDelay()));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedAdsSandbox",
                Map.of(SANDBOX_URL_PROPERTY, sandbox.baseUrl())));
        // a bean closed with the others, after the lifecycle stop in which running jobs end: a job
        // stopping at shutdown still reaches Amazon to finish its chunk
        RootBeanDefinition definition = new RootBeanDefinition(AdsSandbox.class, () -> sandbox);
        definition.setDestroyMethodName("close");
        ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("adsSandbox", definition);
        log.info("Built-in Amazon Ads sandbox serves the SANDBOX region at {}", sandbox.baseUrl());
    }
}
