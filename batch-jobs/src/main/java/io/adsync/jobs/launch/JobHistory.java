package io.adsync.jobs.launch;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Questions about past runs the job repository's API does not answer directly (the latest
 * execution of a job for one org; the latest executions of all jobs), asked of the BATCH_* tables.
 */
@Component
public class JobHistory {

    private final JdbcClient jdbc;
    private final JobRepository jobRepository;

    public JobHistory(JdbcClient jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /** The org's most recent execution of the job, or null. */
    public JobExecution lastExecution(String jobName, long orgId) {
        return jdbc.sql("""
                        select e.job_execution_id
                        from batch_job_execution e
                        join batch_job_instance i on i.job_instance_id = e.job_instance_id
                        join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                        where i.job_name = ? and p.parameter_name = 'orgId' and p.parameter_value = ?
                        order by e.job_execution_id desc limit 1""")
                .params(jobName, Long.toString(orgId))
                .query(Long.class).optional()
                .map(jobRepository::getJobExecution)
                .orElse(null);
    }

    /** The org's executions of the job created at or after {@code since} (server time), oldest first. */
    public List<JobExecution> executionsSince(String jobName, long orgId, LocalDateTime since) {
        return jdbc.sql("""
                        select e.job_execution_id
                        from batch_job_execution e
                        join batch_job_instance i on i.job_instance_id = e.job_instance_id
                        join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                        where i.job_name = ? and p.parameter_name = 'orgId' and p.parameter_value = ?
                          and e.create_time >= ?
                        order by e.job_execution_id""")
                .params(jobName, Long.toString(orgId), since)
                .query(Long.class).list().stream()
                .map(jobRepository::getJobExecution)
                .toList();
    }
}
