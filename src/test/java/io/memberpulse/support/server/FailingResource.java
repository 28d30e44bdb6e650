package io.memberpulse.support.server;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A test-only endpoint that fails the way a bug would, to see what the caller gets. */
@Path("it-failure")
@RequestScoped
public class FailingResource {

    @GET
    @PermitAll
    public String fail() {
        throw new IllegalStateException("secret internal detail that must not leak");
    }
}
