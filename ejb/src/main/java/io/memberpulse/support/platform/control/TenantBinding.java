package io.memberpulse.support.platform.control;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Default interceptor of every EJB (bound in ejb-jar.xml): before a boundary method runs, the persistence context
 * of its transaction is scoped to the caller's client. One place, so no boundary can forget it.
 */
public class TenantBinding {

    @Inject
    TenantContext tenant;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        tenant.bind();
        return invocation.proceed();
    }
}
