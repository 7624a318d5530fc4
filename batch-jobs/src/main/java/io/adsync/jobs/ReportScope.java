package io.adsync.jobs;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;

/**
 * Which pending reports a poll or load step works on. Collect takes the org's daily and manual
 * reports; a backfill run takes only the reports it requested itself, so the two never load the
 * same report at once.
 */
public record ReportScope(long orgId, Long backfillInstanceId) {

    public static ReportScope of(StepExecution step) {
        long orgId = step.getJobExecution().getJobParameters().getLong(JobNames.ORG_ID);
        boolean backfill = JobNames.BACKFILL.equals(step.getJobExecution().getJobInstance().getJobName());
        return new ReportScope(orgId, backfill ? step.getJobExecution().getJobInstance().getInstanceId() : null);
    }

    /** SQL condition on {@code amazon_ads_pending_reports}; parameters are {@link #params(Object...)}. */
    public String where() {
        return backfillInstanceId == null
                ? "org_id = ? and origin <> 'backfill'"
                : "org_id = ? and job_instance_id = ?";
    }

    /** The parameters of {@link #where()}, followed by those of the caller's further conditions. */
    public Object[] params(Object... more) {
        List<Object> params = new ArrayList<>();
        params.add(orgId);
        if (backfillInstanceId != null) {
            params.add(backfillInstanceId);
        }
        params.addAll(List.of(more));
        return params.toArray();
    }
}
