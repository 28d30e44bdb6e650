package io.memberpulse.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginTargetTest {

    @Test
    void aPathOnThisSiteIsKept() {
        assertEquals("/console/index.xhtml?x=1", LoginView.safeTarget("/console/index.xhtml?x=1", "/console/"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteIsReplaced() {
        for (String next : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "evil",
                "", null, "/login.xhtml"}) {
            assertEquals("/portal/", LoginView.safeTarget(next, "/portal/"), String.valueOf(next));
        }
    }
}
