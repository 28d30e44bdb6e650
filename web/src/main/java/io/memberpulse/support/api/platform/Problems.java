package io.memberpulse.support.api.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;

/** Builds the problem+json responses of the exception mappers, with the request's path and correlation id. */
@RequestScoped
public class Problems {

    @Inject
    HttpServletRequest request;

    public Response response(int status, String title, String detail) {
        return response(status, title, detail, body -> { });
    }

    public Response response(int status, String title, String detail, Consumer<JsonObjectBuilder> extra) {
        JsonObjectBuilder body = ProblemJson.builder(status, title, detail, request.getRequestURI(),
                Correlation.idOf(request));
        extra.accept(body);
        return Response.status(status).type(ProblemJson.MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
