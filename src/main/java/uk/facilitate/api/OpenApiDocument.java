package uk.facilitate.api;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The last touch to {@code /openapi} (named in {@code microprofile-config.properties}), for what
 * Payara 6 gets wrong and annotations cannot say, so that generators accept the document and the
 * committed contract ({@code src/main/openapi/facilitate-api.yaml}) describes what the API really
 * takes and gives:
 * <ul>
 * <li>a tag is listed once per resource class that uses it, in no fixed order, and a non-standard
 * {@code endpoints} member is added;</li>
 * <li>{@code long} ids and versions are described as {@code number}, and typed query parameters
 * (dates, periods, enums) as {@code object};</li>
 * <li>a map's values are described on some boots and not on others;</li>
 * <li>a {@code @Schema} annotation writes every attribute's default ({@code maxProperties: 0},
 * {@code minLength: 0}, …) and a string schema may pick up a neighbouring type's properties.</li>
 * </ul>
 */
public class OpenApiDocument implements OASFilter {

    /** Query parameters whose Java type Payara describes as {@code object}: what they are on the wire. */
    private static final Map<String, String> TYPED_PARAMETERS = Map.of(
            "on", "date", "from", "date", "to", "date",
            "step", "#period",
            "role", "StaffRole", "stage", "AccreditationStage", "status", "EventStatus");

    private static final Set<String> ID_NAMES = Set.of("id", "version", "locality", "organisation", "setting", "staff",
            "nomination");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return parameter;
        }
        if (schema.getType() == Schema.SchemaType.NUMBER) {
            // Every numeric path or query parameter of this API is a long id or version.
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        } else if (schema.getType() == Schema.SchemaType.OBJECT && TYPED_PARAMETERS.containsKey(parameter.getName())) {
            String kind = TYPED_PARAMETERS.get(parameter.getName());
            if (kind.equals("date")) {
                parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date")
                        .example("2026-11-24"));
            } else if (kind.equals("#period")) {
                parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("An ISO-8601 period").example("P30D"));
            } else {
                parameter.setSchema(OASFactory.createSchema().ref(kind));
            }
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        clearAnnotationDefaults(schema);
        if (schema.getType() == Schema.SchemaType.STRING) {
            schema.setProperties(null);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach(OpenApiDocument::longIds);
            properties.forEach(OpenApiDocument::levelMaps);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Tag> tags = openAPI.getTags();
        if (tags != null) {
            // Sorted: Payara lists tags in class-scanning order, which differs between boots.
            Map<String, Tag> once = new TreeMap<>();
            for (Tag tag : tags) {
                once.merge(tag.getName(), tag, (first, later) -> first.getDescription() == null ? later : first);
            }
            openAPI.setTags(new ArrayList<>(once.values()));
        }
        dropPayaraEndpoints(openAPI);
    }

    /**
     * {@code minimumProfessionalLevel} (need level → RQF level) is the API's one map. Payara describes its values
     * on some boots and not on others, so the contract says it here: an object of integers.
     */
    private static void levelMaps(String name, Schema property) {
        if (name.equals("minimumProfessionalLevel") && property.getType() == Schema.SchemaType.OBJECT
                && property.getAdditionalPropertiesSchema() == null) {
            property.setAdditionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
        }
    }

    /** {@code id}, {@code version}, {@code …Id} and {@code …Ids} are longs in every body of this API. */
    private static void longIds(String name, Schema property) {
        boolean ids = name.endsWith("Ids") && property.getType() == Schema.SchemaType.ARRAY;
        Schema target = ids ? property.getItems() : property;
        if (target != null && target.getType() == Schema.SchemaType.NUMBER
                && (ids || ID_NAMES.contains(name) || name.endsWith("Id"))) {
            target.setType(Schema.SchemaType.INTEGER);
            target.setFormat("int64");
        }
    }

    /** The values a bare {@code @Schema} annotation writes though nobody set them; {@code maxProperties: 0} is wrong. */
    private static void clearAnnotationDefaults(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
    }

    /** Payara 6's model has {@code setEndpoints}; later versions write it as {@code x-endpoints}, which is valid. */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new HashMap<String, Set<String>>()); // an empty map: null breaks its clone()
        } catch (NoSuchMethodException absent) {
            // nothing to drop
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            java.util.logging.Logger.getLogger(OpenApiDocument.class.getName())
                    .warning("Could not drop Payara's endpoints list from /openapi: " + unexpected);
        }
    }
}
