package io.memberpulse.support.api;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes /openapi a document clients can generate from (it lints with Spectral's {@code spectral:oas} rules). What
 * Payara's scanner writes needs three repairs, all said here once:
 * <ul>
 * <li>every annotated property gets every attribute at its Java default ({@code exclusiveMaximum: false},
 * {@code minLength: 0} ...), which makes each example invalid; collections get {@code items: {type: array}}, array
 * examples stay strings and integer defaults are strings (ids, instants and enums are typed by configuration,
 * {@code mp.openapi.schema.*});</li>
 * <li>a tag shared by two resources is listed twice;</li>
 * <li>one operation per path and method: where a resource takes JSON and multipart at the same address, only one
 * is described, so the JSON body is put back beside the multipart one (JSON first: what generators use);</li>
 * <li>a Payara-only root property {@code endpoints} that is not OpenAPI.</li>
 * </ul>
 */
public class OpenApiContract implements OASFilter {

    /** The addresses that take JSON and multipart: their JSON body, and the operation's name for the JSON one. */
    private static final Map<String, List<String>> JSON_BESIDE_MULTIPART = Map.of(
            "/api/support/tickets", List.of("Submission", "submitTicket"),
            "/api/support/tickets/{id}/responses", List.of("Reply", "replyToMyTicket"),
            "/api/tickets/{id}/responses", List.of("NewResponse", "respondToTicket"));

    /** Path and query parameters of types the scanner does not know (UUID) come out as untyped objects. */
    private static void repair(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() == null
                && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && (schema.getType() == null || schema.getType() == Schema.SchemaType.OBJECT)) {
            schema.setType(Schema.SchemaType.STRING);
            if (parameter.getName().equals("id") || parameter.getName().endsWith("Id")) {
                schema.setFormat("uuid");
            }
        }
        repair(schema);
    }

    private static void repair(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> repair(media.getSchema()));
        }
    }

    /** Called last: repairs every schema of the document, wherever the scanner put it. */
    private static void repair(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()
                && (schema.getType() == null || schema.getType() == Schema.SchemaType.OBJECT)) {
            // an enum field with an annotated example has been seen typed "object" on some starts, not others
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema.getType() == Schema.SchemaType.OBJECT && schema.getRef() == null
                && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getAdditionalPropertiesSchema() == null && schema.getExample() instanceof String) {
            // likewise an id or instant field with an example: it is a string on the wire
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema.getType() == null && schema.getRef() == null && schema.getProperties() != null
                && !schema.getProperties().isEmpty()) {
            schema.setType(Schema.SchemaType.OBJECT);
        }
        if (schema.getProperties() != null && (schema.getProperties().isEmpty()
                || schema.getType() != null && schema.getType() != Schema.SchemaType.OBJECT)) {
            // a file download's binary string has been seen carrying another class's properties
            schema.setProperties(null);
        }
        schema.setNullable(Boolean.TRUE.equals(schema.getNullable()) ? true : null);
        schema.setReadOnly(Boolean.TRUE.equals(schema.getReadOnly()) ? true : null);
        schema.setWriteOnly(Boolean.TRUE.equals(schema.getWriteOnly()) ? true : null);
        schema.setDeprecated(Boolean.TRUE.equals(schema.getDeprecated()) ? true : null);
        if (schema.getType() == Schema.SchemaType.INTEGER && schema.getDefaultValue() instanceof String text) {
            schema.setDefaultValue(Integer.valueOf(text));
        }
        if (schema.getType() == Schema.SchemaType.INTEGER && schema.getExample() instanceof String text) {
            schema.setExample(Integer.valueOf(text));
        }
        if (schema.getType() == Schema.SchemaType.ARRAY) {
            Schema items = schema.getItems();
            if (items == null || items.getRef() == null && items.getType() == Schema.SchemaType.ARRAY
                    && items.getItems() == null) {
                // our request classes' collections are of strings and ids
                schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING));
            }
            if (schema.getExample() instanceof String text && text.startsWith("[")) {
                try (JsonReader reader = Json.createReader(new StringReader(text))) {
                    schema.setExample(reader.readArray().getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList());
                }
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiContract::repair);
        }
        repair(schema.getItems());
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if ((operation.getDescription() == null || operation.getDescription().isBlank())
                && operation.getSummary() != null) {
            operation.setDescription(operation.getSummary());
        }
        APIResponses responses = operation.getResponses();
        if (responses != null && responses.getAPIResponses() != null && responses.getAPIResponses().keySet()
                .stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))
                && responses.getDefaultValue() != null) {
            responses.addAPIResponse("200", responses.getDefaultValue());
            responses.removeAPIResponse(APIResponses.DEFAULT);
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiContract::repair);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(
                    operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(OpenApiContract::repair);
                        }
                        if (operation.getRequestBody() != null) {
                            repair(operation.getRequestBody().getContent());
                        }
                        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                            operation.getResponses().getAPIResponses().values()
                                    .forEach(response -> repair(response.getContent()));
                        }
                    }));
        }
        if (openAPI.getTags() != null) {
            // a tag shared by two resources is listed once
            Map<String, Tag> unique = new LinkedHashMap<>();
            openAPI.getTags().forEach(tag -> unique.putIfAbsent(tag.getName(), tag));
            openAPI.setTags(new ArrayList<>(unique.values()));
        }
        if (openAPI.getServers() != null) {
            openAPI.getServers().forEach(server -> {
                if (server.getUrl() != null && server.getUrl().endsWith("/")) {
                    server.setUrl(server.getUrl().substring(0, server.getUrl().length() - 1));
                }
            });
        }
        JSON_BESIDE_MULTIPART.forEach((path, json) -> {
            PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(path);
            Operation post = item == null ? null : item.getPOST();
            if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
                return;
            }
            Content both = OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(json.get(0))));
            Map<String, MediaType> existing = post.getRequestBody().getContent().getMediaTypes();
            existing.forEach((type, media) -> {
                if (!type.equals("application/json")) {
                    both.addMediaType(type, media);
                }
            });
            post.getRequestBody().setContent(both);
            post.setOperationId(json.get(1));
            post.setDescription(post.getDescription() + " Send JSON, or multipart/form-data with the same fields "
                    + "and up to 5 parts named 'files'.");
        });
        try {
            // Payara's own root property, not part of OpenAPI: a validating reader refuses the document with it
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.TreeMap<String, java.util.Set<String>>());
        } catch (ReflectiveOperationException notPayara) {
            // another implementation writes no such property
        }
    }
}
