package io.memberpulse.support.pages;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.memberpulse.support.platform.entity.Conflict;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class PageErrorsTest {

    @Test
    void aBusinessRefusalIsFoundUnderTheWrappersFacesAndEjbPutAroundIt() {
        Conflict conflict = new Conflict("Ticket TKT-2026-00001 was changed by someone else.");
        assertSame(conflict, PageErrors.businessCause(new FacesException(new EJBException(conflict))));
    }

    @Test
    void anythingElseIsLeftToTheErrorPage() {
        assertNull(PageErrors.businessCause(new FacesException(new IllegalStateException("bug"))));
        assertNull(PageErrors.businessCause(null));
    }
}
