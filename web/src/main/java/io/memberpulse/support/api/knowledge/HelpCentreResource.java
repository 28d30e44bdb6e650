package io.memberpulse.support.api.knowledge;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The help centre as members see it: published articles, found by a question in their own words, and rated. */
@Path("support/articles")
@RequestScoped
@RolesAllowed(Role.MEMBER)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Help centre", description = "Published articles for members: search before asking, read, rate")
public class HelpCentreResource {

    private static final int EXCERPT = 220;

    @Inject
    Articles articles;

    @Schema(name = "HelpArticle")
    public record HelpArticle(UUID id, String title, String excerpt, String body, UUID categoryId, List<String> tags,
            boolean popular, Instant updatedAt, Double score) {
        static HelpArticle of(Article a, Double score, boolean withBody) {
            String plain = RichText.plain(a.body());
            String excerpt = plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT).strip() + "…";
            return new HelpArticle(a.id(), a.title(), excerpt, withBody ? a.body() : null, a.categoryId(), a.tags(),
                    a.popular(), a.updatedAt(), score);
        }
    }

    public record Rated(UUID id, boolean helped) {
    }

    public static class Rating {
        @Schema(description = "true: this helped; false: it did not")
        public Boolean helped;
    }

    @GET
    @Operation(operationId = "searchHelpCentre", summary = "Published articles that answer a question (by meaning, not "
            + "only the same words), best first; without q, the popular ones")
    public List<HelpArticle> search(@Parameter(description = "the member's question, e.g. the subject being typed")
            @QueryParam("q") String q, @QueryParam("limit") @DefaultValue("5") int limit) {
        if (q == null) {
            return articles.popular().stream().map(a -> HelpArticle.of(a, null, false)).toList();
        }
        return articles.searchPublished(q, limit).stream()
                .map(f -> HelpArticle.of(f.article(), ArticlesResource.round(f.score()), false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "readHelpArticle", summary = "A published article; counts as a view")
    public HelpArticle read(@PathParam("id") UUID id) {
        return HelpArticle.of(articles.read(id), null, true);
    }

    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateHelpArticle", summary = "Say whether the article helped")
    public Rated rate(@PathParam("id") UUID id, @NotNull Rating rating) {
        if (rating.helped == null) {
            throw new RuleViolation("helped", "Say true or false.");
        }
        articles.rate(id, rating.helped);
        return new Rated(id, rating.helped);
    }
}
