package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** One cell of a client's capability matrix. */
@Entity
@Table(name = "role_capabilities")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = CapabilityGrant.OF_ROLE, query = "SELECT g FROM CapabilityGrant g WHERE g.role = :role")
@NamedQuery(name = CapabilityGrant.DELETE_ROLE, query = "DELETE FROM CapabilityGrant g WHERE g.role = :role")
public class CapabilityGrant {

    public static final String OF_ROLE = "CapabilityGrant.ofRole";
    public static final String DELETE_ROLE = "CapabilityGrant.deleteRole";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Capability capability;

    @Column(nullable = false)
    private boolean granted;

    protected CapabilityGrant() {
    }

    public CapabilityGrant(Role role, Capability capability, boolean granted) {
        this.id = Ids.next();
        this.role = role;
        this.capability = capability;
        this.granted = granted;
    }

    public Capability capability() {
        return capability;
    }

    public boolean granted() {
        return granted;
    }
}
