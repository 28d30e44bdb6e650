package io.memberpulse.support.sla.control;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.sla.entity.PolicyDocument;
import io.memberpulse.support.sla.entity.SlaPolicy;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current client's SLA policy, and its clock kept on the ticket after each change. The policy is stored as
 * JSON on the client's row, which the caller's request has usually read already; each distinct JSON is parsed
 * once.
 */
@ApplicationScoped
public class ServiceLevels {

    /** Parsed policies kept; more distinct ones than this (many clients changing often) start the cache afresh. */
    private static final int PARSED = 1_000;

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, SlaPolicy> parsed = new ConcurrentHashMap<>();

    @Inject
    ClientDirectory clients;

    @Inject
    TenantContext tenant;

    public SlaPolicy current() {
        return of(clients.byId(tenant.current().orElseThrow()).orElseThrow());
    }

    public SlaPolicy of(Client client) {
        String json = client.slaPolicy();
        if (json == null) {
            return SlaPolicy.DEFAULT;
        }
        if (parsed.size() > PARSED) {
            parsed.clear();
        }
        return parsed.computeIfAbsent(json,
                stored -> JSON.fromJson(stored, PolicyDocument.class).toPolicy(SlaPolicy.DEFAULT));
    }

    public static String json(SlaPolicy policy) {
        return JSON.toJson(PolicyDocument.of(policy));
    }

    /** After anything happened to the ticket: starts, pauses or resumes its clock and recomputes its due dates. */
    public void follow(Ticket ticket, Instant now) {
        SlaClock.follow(ticket, current(), now);
    }

    /** After staff changed the priority or the category: the new targets, with the business time already used. */
    public void retarget(Ticket ticket, Instant now) {
        SlaClock.retarget(ticket, current(), now);
    }

    public SlaView view(Ticket ticket, Instant now) {
        return SlaClock.view(ticket, current(), now);
    }
}
