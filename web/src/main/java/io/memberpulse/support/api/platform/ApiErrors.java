package io.memberpulse.support.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every response under /api is problem+json, including the errors JAX-RS and the container answer themselves
 * before any resource or exception mapper runs (a malformed Content-Type or Accept header is rejected by Jersey with
 * {@code sendError}, which would otherwise be the server's HTML error page), and anything that escapes them.
 */
@WebFilter(urlPatterns = {"/api", "/api/*"}, asyncSupported = true)
public class ApiErrors extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, new ProblemsOnly(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Unexpected error under /api, answered 500 (cid=" + Correlation.idOf(request) + ")", e);
            write(request, response, 500, ProblemJson.detail(500));
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(Correlation.HEADER, Correlation.idOf(request));
        response.getWriter().write(ProblemJson.of(status, ProblemJson.title(status), detail, request.getRequestURI(),
                Correlation.idOf(request)).toString());
        response.flushBuffer();
    }

    /** Answers a container's {@code sendError} with problem+json instead of its HTML page. */
    private static final class ProblemsOnly extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemsOnly(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            write(request, (HttpServletResponse) getResponse(), status, ProblemJson.detail(status));
        }
    }
}
