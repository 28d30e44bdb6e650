package io.memberpulse.support.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For UUID columns that may be NULL: EclipseLink 4.0's built-in UUID converter fails on a NULL value
 * (NullPointerException in UUIDConverter), so such attributes go through this one instead. The drivers hand over
 * a UUID (PostgreSQL, H2) or its text, and take a UUID object for the uuid column.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID id) {
        return id;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
