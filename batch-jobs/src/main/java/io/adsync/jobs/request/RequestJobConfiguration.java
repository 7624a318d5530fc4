package io.adsync.jobs.request;

import java.time.LocalDate;

import io.adsync.ads.AdsRequestRejectedException;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.launch.InstanceOwnershipListener;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import io.adsync.jobs.synclog.SyncLogListener;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.profiles.AdsProfiles;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * request: create the reports of one profile's refresh window, for each report type it syncs, and
 * record them as pending. Chunks
 * of one: each report Amazon accepted is committed before the next is asked for, so a restart (after
 * a 429 storm, say) asks only for the rest. Identifying parameters: {@code orgId}, {@code profileId}
 * and {@code day} (the profile-local day), plus {@code run} for manual syncs, which always request
 * afresh.
 */
@Configuration
public class RequestJobConfiguration {

    @Bean
    public Job amazonAdsRequestJob(JobRepository jobRepository, Step requestReportsStep, SyncLogRepository syncLogs,
                                   InstanceOwnershipListener ownership) {
        return new JobBuilder(JobNames.REQUEST, jobRepository)
                .listener(ownership)
                .listener(new SyncLogListener(syncLogs, new RequestReporter()))
                .start(requestReportsStep)
                .build();
    }

    @Bean
    public Step requestReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ReportRangeReader reportRangeReader, ReportRequester reportRequester,
                                   RequestedReportWriter requestedReportWriter) {
        RejectedRangeRecorder rejected = new RejectedRangeRecorder();
        return new StepBuilder("requestReportsStep", jobRepository)
                .<ReportRange, RequestedReport>chunk(1)
                .transactionManager(transactionManager)
                .reader(reportRangeReader)
                .processor(reportRequester)
                .writer(requestedReportWriter)
                .faultTolerant()
                .skip(AdsRequestRejectedException.class)
                .skipLimit(Integer.MAX_VALUE)
                .skipListener(rejected)
                .listener(rejected)
                .listener(reportRequester)
                .build();
    }

    @Bean
    @StepScope
    public ReportRangeReader reportRangeReader(JobsProperties properties, PendingReportRepository pendingReports,
                                               AdsProfiles profiles,
                                               @Value("#{jobParameters['orgId']}") Long orgId,
                                               @Value("#{jobParameters['profileId']}") Long profileId,
                                               @Value("#{jobParameters['day']}") String day) {
        return new ReportRangeReader(orgId, profileId, LocalDate.parse(day), properties.refreshDays(),
                profiles.get(orgId, profileId).reportDefinitions(), pendingReports);
    }

    @Bean
    @StepScope
    public ReportRequester reportRequester(ReportCreation creation, AdsAccounts accounts,
                                           @Value("#{jobParameters['orgId']}") Long orgId,
                                           @Value("#{jobParameters['profileId']}") Long profileId) {
        return new ReportRequester(creation, accounts.credentials(orgId, profileId));
    }

    @Bean
    @StepScope
    public RequestedReportWriter requestedReportWriter(PendingReportRepository pendingReports,
            @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{jobParameters['profileId']}") Long profileId,
            @Value("#{jobParameters['origin'] ?: 'request'}") String origin,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return new RequestedReportWriter(pendingReports, orgId, profileId,
                ReportOrigin.valueOf(origin.toUpperCase()), jobInstanceId);
    }
}
