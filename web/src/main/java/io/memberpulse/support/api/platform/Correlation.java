package io.memberpulse.support.api.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request's log line, its response header and any error body together. A caller may send its
 * own (a load balancer, another service); anything that does not look like an id is replaced.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    private static final String ATTRIBUTE = Correlation.class.getName();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Correlation() {
    }

    public static String idOf(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String offered = request.getHeader(HEADER);
        String id = offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
