package io.memberpulse.support.api.categories;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client's ticket categories: staff read them all, administrators manage them. */
@Path("tickets/categories")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "The client's ticket categories: order, archive, routing team, first-response target")
public class CategoriesResource {

    @Inject
    Categories categories;

    public record CategoryView(UUID id, String name, String description, int displayOrder, boolean archived,
            String routingTeam, Integer firstResponseHours) {
        static CategoryView of(Category c) {
            return new CategoryView(c.id(), c.name(), c.description(), c.displayOrder(), c.archived(),
                    c.routingTeam(), c.firstResponseHours());
        }
    }

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    public static class CategoryInput {
        @Schema(example = "Membership & Billing", maxLength = 80)
        public String name;
        @Schema(example = "Renewals, invoices, refunds")
        public String description;
        @Schema(example = "Billing Team")
        public String routingTeam;
        @Schema(example = "24", description = "first-response target in hours, if stricter than the priority's")
        public Integer firstResponseHours;
        @Schema(description = "true archives, false restores")
        public Boolean archived;

        Categories.Draft draft() {
            return new Categories.Draft(name, description, routingTeam, firstResponseHours);
        }
    }

    public static class Order {
        @NotNull
        public List<UUID> order;
    }

    @GET
    @Operation(operationId = "listCategories", summary = "All categories in display order; archived ones only with includeArchived=true")
    public List<CategoryView> list(@QueryParam("includeArchived") boolean includeArchived) {
        return (includeArchived ? categories.all() : categories.active()).stream().map(CategoryView::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCategory", summary = "Create a category (name unique per client, regardless of case)")
    @APIResponse(responseCode = "201", description = "The new category",
            content = @Content(schema = @Schema(ref = "CategoryView")))
    public Response create(@NotNull CategoryInput input) {
        Category category = categories.create(input.draft());
        return Response.created(URI.create("/api/tickets/categories/" + category.id()))
                .entity(CategoryView.of(category)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCategory", summary = "One category of the caller's client")
    public CategoryView get(@PathParam("id") UUID id) {
        return CategoryView.of(categories.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCategory", summary = "Rename, describe, archive or restore a category")
    public CategoryView update(@PathParam("id") UUID id, @NotNull CategoryInput input) {
        return CategoryView.of(categories.update(id, input.draft(), input.archived));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "archiveCategory", summary = "Archive a category: members no longer see it, its tickets keep it")
    public CategoryView archive(@PathParam("id") UUID id) {
        return CategoryView.of(categories.archive(id));
    }

    @PUT
    @Path("order")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reorderCategories", summary = "Reorder: the ids of all the client's categories, in their new order")
    public List<CategoryView> reorder(@NotNull Order order) {
        return categories.reorder(order.order).stream().map(CategoryView::of).toList();
    }
}
