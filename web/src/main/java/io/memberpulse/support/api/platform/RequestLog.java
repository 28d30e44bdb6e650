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
            LOG.info(() -> line(request.getMethod(), request.getRequestURI(), response.getStatus(), micros, id));
        }
    }

    /**
     * "GET /api/tickets 200 12.345ms cid=…", built by hand: String.format parsed its pattern on every request, a
     * measurable share of the intake's CPU (JFR).
     */
    static String line(String method, String uri, int status, long micros, String id) {
        StringBuilder line = new StringBuilder(96).append(method).append(' ').append(uri).append(' ').append(status)
                .append(' ').append(micros / 1000).append('.');
        long fraction = micros % 1000; // three digits, as %03d wrote them
        if (fraction < 100) {
            line.append('0');
        }
        if (fraction < 10) {
            line.append('0');
        }
        return line.append(fraction).append("ms cid=").append(id).toString();
    }
}
