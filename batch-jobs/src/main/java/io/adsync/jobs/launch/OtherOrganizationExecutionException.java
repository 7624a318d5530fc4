package io.adsync.jobs.launch;

/** A run was asked for by the id of an execution that works for another organization. */
public class OtherOrganizationExecutionException extends IllegalArgumentException {

    public OtherOrganizationExecutionException(long executionId, long orgId) {
        super("Run #" + executionId + " belongs to another organization, not to organization " + orgId
                + ": switch to its organization to restart or stop it.");
    }
}
