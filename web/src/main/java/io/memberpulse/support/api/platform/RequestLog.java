package io.memberpulse.support.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/** One log line per request, with its correlation id, which also goes back to the caller in a header. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("io.memberpulse.support.access");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String id = Correlation.idOf(request);
        response.setHeader(Correlation.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - start) / 1000;
            LOG.info(() -> String.format("%s %s %d %d.%03dms cid=%s", request.getMethod(), request.getRequestURI(),
                    response.getStatus(), micros / 1000, micros % 1000, id));
        }
    }
}
