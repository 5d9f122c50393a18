// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.naming;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Stars} as its count, for every attribute of that type. */
@Converter(autoApply = true)
public class StarsConverter implements AttributeConverter<Stars, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Stars stars) {
        return stars == null ? null : stars.count();
    }

    @Override
    public Stars convertToEntityAttribute(Integer count) {
        return count == null ? null : new Stars(count);
    }
}
