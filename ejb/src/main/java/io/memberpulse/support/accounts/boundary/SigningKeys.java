package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Makes sure the embedded mode has its token key pair before the first request needs to verify a token. */
@Startup
@Singleton
public class SigningKeys {

    @Inject
    SigningKey signingKey;

    @PostConstruct
    void ensureExists() {
        signingKey.ensureExists();
    }
}
