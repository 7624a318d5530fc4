package io.adsync.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.adsync.ads.AdsRegion;
import io.adsync.jobs.JobsTestSupport;
import io.adsync.sandbox.SandboxAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A version 1 installation keeps syncing its one profile after the upgrade, without a visit to Settings. */
class ConnectionProfilesTest extends JobsTestSupport {

    @Autowired
    private ConnectionProfiles connectionProfiles;

    @Test
    void theProfileASavedConnectionNamesBecomesAnEnabledProfileAtStartUp() {
        // as after the migration of a version 1 database whose profile had no rows yet
        jdbc.sql("truncate ads_profiles").update();

        connectionProfiles.carryOver();

        assertThat(profiles.all(ORG)).singleElement().satisfies(profile -> {
            assertThat(profile.profileId()).isEqualTo(SandboxAccounts.PROFILE_GB);
            assertThat(profile.enabled()).isTrue();
            assertThat(profile.region()).isEqualTo(AdsRegion.SANDBOX);
            assertThat(profile.discovered()).isFalse();
        });
        assertThat(accounts.zone(ORG, SandboxAccounts.PROFILE_GB).getId()).as("discovered when a job needs it")
                .isEqualTo("Europe/London");
    }

    @Test
    void aProfileTheUserDisabledStaysDisabledAcrossRestarts() {
        profiles.update(ORG, SandboxAccounts.PROFILE_GB, false, List.of("spCampaigns"));

        connectionProfiles.carryOver();

        assertThat(profiles.get(ORG, SandboxAccounts.PROFILE_GB).enabled()).isFalse();
    }
}
