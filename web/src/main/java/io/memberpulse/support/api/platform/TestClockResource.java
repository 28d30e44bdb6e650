package io.memberpulse.support.api.platform;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.sla.boundary.TestClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The movable clock of tests and demos (MEMBERPULSE_TEST_CLOCK=true); 404 on any other server. */
@Path("test/clock")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Test clock", description = "Tests and demos only: move this server's time forward")
public class TestClockResource {

    @Inject
    TestClock clock;

    public static class Advance {
        /** an ISO-8601 duration, e.g. PT4H or P7D */
        public String advance;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "advanceTestClock", summary = "Move the clock forward by an ISO-8601 duration "
            + "({\"advance\":\"PT4H\"}); the breach scan and auto-close run at once on the moved time")
    public TestClock.Moved advance(@NotNull Advance request) {
        Duration by;
        try {
            by = Duration.parse(request.advance == null ? "" : request.advance.strip());
        } catch (DateTimeException e) {
            throw ApiProblem.badField("advance", "Give an ISO-8601 duration such as PT4H or P7D.");
        }
        return clock.advance(by);
    }
}
