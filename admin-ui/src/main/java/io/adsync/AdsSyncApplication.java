package io.adsync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Amazon Ads Sync service: console, JSON API, scheduler and the Spring Batch jobs in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdsSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdsSyncApplication.class, args);
    }
}
