package io.memberpulse.support.accounts.entity;

/**
 * The roles of the product: three within a client, and the platform operator's above all clients (who manages
 * clients and never sees a client's data). The names are the group names in tokens and the role names in
 * {@code @RolesAllowed}, so an external identity provider only has to emit them in its {@code groups} claim.
 */
public enum Role {
    ROLE_CLIENT_ADMIN,
    ROLE_CLIENT_USER,
    ROLE_MEMBER,
    ROLE_PLATFORM_OPERATOR;

    public static final String ADMIN = "ROLE_CLIENT_ADMIN";
    public static final String AGENT = "ROLE_CLIENT_USER";
    public static final String MEMBER = "ROLE_MEMBER";
    public static final String OPERATOR = "ROLE_PLATFORM_OPERATOR";

    public boolean isStaff() {
        return this == ROLE_CLIENT_ADMIN || this == ROLE_CLIENT_USER;
    }
}
