package io.memberpulse.support.api.platform;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.boundary.Jobs;
import io.memberpulse.support.tickets.boundary.AutoClose;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Start a batch job now instead of waiting for its schedule, and follow it. */
@Path("admin/jobs")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Batch jobs an administrator may start")
public class JobsResource {

    @Inject
    Jobs jobs;

    @Inject
    AutoClose autoClose;

    public record AutoCloseRun(int closed) {
    }

    @POST
    @Path("auto-close")
    @Operation(operationId = "autoCloseNow", summary = "Close this client's tickets resolved longer than its "
            + "auto-close period now, instead of at the next scan (every 10 minutes)")
    @APIResponse(responseCode = "200", description = "How many tickets were closed")
    public AutoCloseRun autoCloseNow() {
        return new AutoCloseRun(autoClose.closeDueNow());
    }

    @POST
    @Path("{job}")
    @Operation(operationId = "startJob", summary = "Start a job; answers 202 with the execution to follow")
    @APIResponse(responseCode = "202", description = "Started: the execution id and status; follow the Location")
    public Response start(@PathParam("job") String job) {
        Jobs.Run run = jobs.start(job);
        return Response.accepted(run).header("Location", "/api/admin/jobs/executions/" + run.executionId()).build();
    }

    @GET
    @Path("executions/{id}")
    @Operation(operationId = "getJobExecution", summary = "The state of one job execution")
    public Jobs.Run status(@PathParam("id") long id) {
        return jobs.status(id);
    }
}
