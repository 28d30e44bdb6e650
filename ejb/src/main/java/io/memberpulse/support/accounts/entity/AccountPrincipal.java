package io.memberpulse.support.accounts.entity;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;
import java.util.UUID;

/** A signed-in caller: who they are, which client they belong to, and under which password they signed in. */
public class AccountPrincipal extends CallerPrincipal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final UUID clientId;
    private final int credentialsEpoch;

    public AccountPrincipal(String email, UUID accountId, UUID clientId, int credentialsEpoch) {
        super(email);
        this.accountId = accountId;
        this.clientId = clientId;
        this.credentialsEpoch = credentialsEpoch;
    }

    /** The account's password generation when this caller signed in; see {@code Account.changePassword}. */
    public int credentialsEpoch() {
        return credentialsEpoch;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID clientId() {
        return clientId;
    }
}
