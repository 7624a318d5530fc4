package io.adsync.spapi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the SP-API's part of {@code adsync.amazon.*}; the client and its endpoints are components of this package. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpApiProperties.class)
public class SpApiClientConfiguration {
}
