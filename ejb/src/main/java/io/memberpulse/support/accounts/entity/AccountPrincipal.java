package io.memberpulse.support.accounts.entity;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;
import java.util.UUID;

/** The caller of a signed-in browser session: who they are and which client they belong to. */
public class AccountPrincipal extends CallerPrincipal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final UUID clientId;

    public AccountPrincipal(String email, UUID accountId, UUID clientId) {
        super(email);
        this.accountId = accountId;
        this.clientId = clientId;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID clientId() {
        return clientId;
    }
}
