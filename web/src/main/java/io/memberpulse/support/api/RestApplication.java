package io.memberpulse.support.api;

import io.memberpulse.support.accounts.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API under /api. {@code @ApplicationScoped} is not decoration: under annotated bean discovery Payara ignores
 * {@code @LoginConfig} on a class that is not a CDI bean (PLATFORM-NOTES).
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.ADMIN, Role.AGENT, Role.MEMBER})
@OpenAPIDefinition(info = @Info(title = "MemberPulse Support API", version = "1",
        description = "The help desk of MemberPulse: members submit and follow tickets, staff work the queue. Every "
                + "error is application/problem+json (RFC 9457) with a correlationId.",
        contact = @Contact(name = "MemberPulse Support", url = "https://memberpulse.io/support")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class RestApplication extends Application {
}
