package io.memberpulse.support.accounts.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What staff may do with tickets (seed 000's matrix, made editable per client). Administrators always have
 * every capability; the matrix decides for agents.
 */
public enum Capability {
    /** See every ticket, not only one's own and unassigned ones. */
    VIEW_ALL,
    RESPOND,
    /** Assign tickets to anyone. */
    ASSIGN,
    /** Take a ticket oneself. */
    ASSIGN_SELF,
    CHANGE_PRIORITY,
    /** Resolve and close tickets. */
    CLOSE;

    /** ARCHITECTURE "Roles": agents view, respond, close and assign to themselves. */
    public static Set<Capability> defaults(Role role) {
        return switch (role) {
            case ROLE_CLIENT_ADMIN -> EnumSet.allOf(Capability.class);
            case ROLE_CLIENT_USER -> EnumSet.of(VIEW_ALL, RESPOND, ASSIGN_SELF, CLOSE);
            case ROLE_MEMBER, ROLE_PLATFORM_OPERATOR -> EnumSet.noneOf(Capability.class);
        };
    }
}
