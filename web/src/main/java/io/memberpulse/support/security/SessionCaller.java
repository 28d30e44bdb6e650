package io.memberpulse.support.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/** The signed-in caller as the browser session keeps it between requests (and across cluster nodes). */
record SessionCaller(Principal principal, Set<String> groups) implements Serializable {
}
