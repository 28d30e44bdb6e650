package io.memberpulse.support.api.knowledge;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.entity.Article;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The help centre as staff see it: every article with its counts; administrators write and publish. */
@Path("knowledge/articles")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base", description = "Help-centre articles: write, publish, search by meaning")
public class ArticlesResource {

    @Inject
    Articles articles;

    @Schema(name = "ArticleView")
    public record ArticleView(UUID id, String title, String body, UUID categoryId, List<String> tags,
            boolean published, boolean popular, long viewCount, long helpedCount, long notHelpedCount,
            Instant updatedAt, long version, Double score) {
        static ArticleView of(Article a, Double score) {
            return new ArticleView(a.id(), a.title(), a.body(), a.categoryId(), a.tags(), a.published(), a.popular(),
                    a.viewCount(), a.helpedCount(), a.notHelpedCount(), a.updatedAt(), a.version(), score);
        }
    }

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    public static class ArticleInput {
        @Schema(example = "Reset your password", maxLength = Article.TITLE_LENGTH)
        public String title;
        @Schema(example = "<p>Choose <strong>Forgot password</strong> on the sign-in page.</p>",
                description = "rich text (HTML), sanitised on the way in")
        public String body;
        public UUID categoryId;
        @Schema(example = "[\"password\", \"sign-in\"]")
        public List<String> tags;
        @Schema(description = "visible to members; false (a draft) by default")
        public Boolean published;
        @Schema(description = "shown first in the portal's help centre")
        public Boolean popular;

        Articles.Draft draft() {
            return new Articles.Draft(title, body, categoryId, tags, published, popular);
        }
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Every article, drafts included, by title; with q, the best "
            + "matches by meaning and words, best first, each with its score")
    public List<ArticleView> list(@Parameter(description = "a question in the member's words") @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        if (q == null) {
            return articles.all().stream().map(a -> ArticleView.of(a, null)).toList();
        }
        return articles.searchAll(q, limit).stream().map(f -> ArticleView.of(f.article(), round(f.score()))).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Write an article; a draft unless published is true")
    @APIResponse(responseCode = "201", description = "The new article",
            content = @Content(schema = @Schema(ref = "ArticleView")))
    public Response create(@NotNull ArticleInput input) {
        Article created = articles.create(input.draft());
        return Response.created(URI.create("/api/knowledge/articles/" + created.id()))
                .entity(ArticleView.of(created, null)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "One article")
    public ArticleView get(@PathParam("id") UUID id) {
        return ArticleView.of(articles.find(id), null);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateArticle", summary = "Change, publish or unpublish an article")
    public ArticleView update(@PathParam("id") UUID id, @NotNull ArticleInput input) {
        return ArticleView.of(articles.update(id, input.draft()), null);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "deleteArticle", summary = "Delete an article")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        articles.delete(id);
        return Response.noContent().build();
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
