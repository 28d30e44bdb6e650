package io.memberpulse.support.tickets.entity;

import java.time.Instant;
import java.util.UUID;

/** What the service-level clock reads of a ticket to say where it stands: the ticket itself, or its queue row. */
public interface SlaTracked {

    UUID id();

    Status status();

    SlaTrack sla();

    Instant dueAt();

    Instant firstResponseAt();
}
