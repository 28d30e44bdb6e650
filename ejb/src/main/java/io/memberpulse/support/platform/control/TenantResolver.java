package io.memberpulse.support.platform.control;

import java.util.Optional;
import java.util.UUID;

/** Tells which client the current caller belongs to; implemented by the component that knows callers. */
public interface TenantResolver {

    Optional<UUID> clientOfCaller();
}
