package io.memberpulse.support.security;

import io.memberpulse.support.accounts.entity.AccountPrincipal;
import java.io.Serializable;
import java.util.Set;

/** The signed-in caller as the browser session keeps it between requests (and across cluster nodes). */
record SessionCaller(AccountPrincipal principal, Set<String> groups) implements Serializable {
}
