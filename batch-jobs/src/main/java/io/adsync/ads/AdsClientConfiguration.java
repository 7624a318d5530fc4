package io.adsync.ads;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code adsync.amazon.*}; the client and the endpoints are components of this package. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdsClientProperties.class)
public class AdsClientConfiguration {
}
