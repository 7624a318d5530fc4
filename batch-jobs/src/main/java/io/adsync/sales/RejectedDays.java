package io.adsync.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Keeps Amazon's reasons for the days it rejected (400: a marketplace the seller does not sell in ...). */
public class RejectedDays implements SkipListener<LocalDate, Object>, StepExecutionListener {

    private StepExecution stepExecution;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void onSkipInProcess(LocalDate day, Throwable reason) {
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) stepExecution.getExecutionContext().get(SalesJobConfiguration.REJECTED);
        List<String> updated = reasons == null ? new ArrayList<>() : new ArrayList<>(reasons);
        if (updated.size() < 5) {
            updated.add(day + ": " + reason.getMessage());
        }
        stepExecution.getExecutionContext().put(SalesJobConfiguration.REJECTED, updated);
    }
}
