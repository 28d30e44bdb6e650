package io.memberpulse.support.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.boundary.Accounts.NewAccount;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.control.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: the tenant binding alone keeps one client's rows from another's, for reads, counts, updates
 * and deletes that name no client at all. Deployed on Payara Server from the WAR that Payara Micro runs.
 */
@ExtendWith({PayaraServerDomain.class, ArquillianExtension.class})
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        Path root = Path.of(System.getProperty("memberpulse.root", ".."));
        return ShrinkWrap.create(ZipImporter.class, "memberpulse-it.war")
                .importFrom(new File(root.resolve("web/target/ROOT.war").toString()))
                .as(WebArchive.class)
                // Payara Micro has the embedding model's runtime on its class path (run.sh); here it goes in the WAR
                .addAsLibraries(new File(root.resolve("target/runtime/onnxruntime.jar").toString()))
                .addClasses(TenantIsolationIT.class, TenantProbe.class, FailingResource.class, PayaraServerDomain.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    TenantContext tenant;

    @EJB
    TenantProbe probe;

    @Test
    void aClientSeesCountsAndChangesOnlyItsOwnAccounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID a = accounts.createClient("it-a-" + suffix, "Client A", List.of(
                new NewAccount("one@a.test", "One", Role.ROLE_MEMBER, "pw-one-123"),
                new NewAccount("two@a.test", "Two", Role.ROLE_CLIENT_USER, "pw-two-123"))).id();
        UUID b = accounts.createClient("it-b-" + suffix, "Client B", List.of(
                new NewAccount("three@b.test", "Three", Role.ROLE_MEMBER, "pw-three-123"))).id();

        tenant.enter(b);
        UUID bAccount = probe.ids().get(0);

        tenant.enter(a);
        assertEquals(2, probe.count());
        assertEquals(List.of("one@a.test", "two@a.test"), probe.emails());
        assertFalse(probe.ids().contains(bAccount));
        assertNull(probe.find(bAccount));
        assertEquals(0, probe.rename(bAccount, "Hijacked"));
        assertEquals(0, probe.delete(bAccount));

        tenant.enter(b);
        assertEquals(1, probe.count());
        assertNotNull(probe.find(bAccount));
        assertEquals("Three", probe.find(bAccount).displayName());
    }

    @Test
    void withoutATenantNothingIsReadAtAll() {
        // this request has no caller and enters no client: a query must fail, not return every client's rows
        assertThrows(EJBException.class, () -> probe.count());
    }

    @Test
    @RunAsClient
    void anUnexpectedFailureIsA500ProblemWithoutTheDetails(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/it-failure")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(500, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"correlationId\""), response.body());
        assertFalse(response.body().contains("secret internal detail"), response.body());
        assertFalse(response.body().contains("IllegalStateException"), response.body());
    }
}
