package io.memberpulse.support.api.platform;

import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.platform.entity.TooManyRequests;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every API error, written once as problem+json (RFC 9457). No mapper ever writes a stack trace: the unexpected
 * ones are logged with the correlation id the caller receives.
 */
public final class ExceptionMappers {

    private ExceptionMappers() {
    }

    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(BusinessException e) {
            Response response = business(problems, e);
            if (e instanceof TooManyRequests limit) {
                return Response.fromResponse(response)
                        .header("Retry-After", Math.max(1, limit.retryAfter().toSeconds())).build();
            }
            return response;
        }
    }

    static Response business(Problems problems, BusinessException e) {
        return problems.response(e.status(), e.title(), e.getMessage(), body -> {
            if (e instanceof RuleViolation rule && rule.field() != null) {
                body.add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("field", rule.field()).add("message", e.getMessage())));
            }
            e.details().forEach((name, value) -> {
                if (value instanceof Collection<?> values) {
                    JsonArrayBuilder array = Json.createArrayBuilder();
                    values.forEach(item -> array.add(String.valueOf(item)));
                    body.add(name, array);
                } else {
                    body.add(name, String.valueOf(value));
                }
            });
        });
    }

    @Provider
    public static class Problem implements ExceptionMapper<ApiProblem> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(ApiProblem e) {
            Response response = e.field() == null
                    ? problems.response(e.getResponse().getStatus(), e.title(), e.detail())
                    : problems.response(e.getResponse().getStatus(), e.title(), e.detail(), body -> body.add("errors",
                            Json.createArrayBuilder().add(Json.createObjectBuilder()
                                    .add("field", e.field()).add("message", e.detail()))));
            if (e.retryAfterSeconds() != null) {
                return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
            }
            if (e.getResponse().getStatus() == 401) {
                return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
            }
            return response;
        }
    }

    /** JAX-RS' own errors: unknown path 404, wrong method 405, wrong media type 415, missing token 401 ... */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response response = problems.response(status, ProblemJson.title(status), ProblemJson.detail(status));
            Response.ResponseBuilder builder = Response.fromResponse(response);
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            if (status == 401) {
                builder.header("WWW-Authenticate", "Bearer");
            }
            return builder.build();
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                errors.add(Json.createObjectBuilder()
                        .add("field", field(violation.getPropertyPath().toString()))
                        .add("message", violation.getMessage()));
            }
            return problems.response(400, "Invalid request", "Some fields are missing or invalid.",
                    body -> body.add("errors", errors));
        }

        /** "token.arg0.email" -> "email": the caller knows the JSON field, not the Java method. */
        private static String field(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    /** JSON that does not parse, or does not fit the expected shape: JSON-B, JSON-P and Jersey each say it. */
    static Response malformed(Problems problems) {
        return problems.response(400, "Malformed JSON", "The request body is not the JSON this address expects.");
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(JsonbException e) {
            return malformed(problems);
        }
    }

    @Provider
    public static class MalformedJsonSyntax implements ExceptionMapper<JsonParsingException> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(JsonParsingException e) {
            return malformed(problems);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(problems);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<EJBAccessException> {
        @Inject
        Problems problems;

        @Override
        public Response toResponse(EJBAccessException e) {
            return problems.response(403, "Forbidden", "Your role does not allow this.");
        }
    }

    /**
     * Anything else: our fault, logged and answered without detail. The boundaries turn a stale version into a
     * business conflict themselves; a JPA one that still slips through (at commit) is answered as a conflict too.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Inject
        Problems problems;

        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return problems.response(409, "Conflict",
                            "Somebody changed this in the meantime; reload it and try again.");
                }
                if (cause instanceof BusinessException business) {
                    return business(problems, business);
                }
            }
            Response response = problems.response(500, ProblemJson.title(500), ProblemJson.detail(500));
            LOG.log(Level.SEVERE, "Unexpected error, answered 500 (" + response.getEntity() + ")", e);
            return response;
        }
    }
}
