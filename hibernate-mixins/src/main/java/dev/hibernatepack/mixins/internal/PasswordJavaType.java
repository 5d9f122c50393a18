// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.java.ImmutableMutabilityPlan;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

import dev.hibernatepack.mixins.Password;

/**
 * Maps {@link Password} to its stored form in a {@code varchar} column; Hibernate's logs of bound
 * values see only the parameters.
 */
public final class PasswordJavaType extends AbstractClassJavaType<Password> {

    private static final long serialVersionUID = 1L;

    /** The one instance, contributed by {@link MixinsTypeContributor}. */
    public static final PasswordJavaType INSTANCE = new PasswordJavaType();

    private PasswordJavaType() {
        super(Password.class, ImmutableMutabilityPlan.instance());
    }

    @Override
    public JdbcType getRecommendedJdbcType(JdbcTypeIndicators context) {
        return context.getJdbcType(SqlTypes.VARCHAR);
    }

    @Override
    public long getDefaultSqlLength(org.hibernate.dialect.Dialect dialect, JdbcType jdbcType) {
        return 255;
    }

    @Override
    public String extractLoggableRepresentation(Password value) {
        return value == null ? "null" : value.toString();
    }

    @Override
    public String toString(Password value) {
        return value.encoded();
    }

    @Override
    public Password fromString(CharSequence string) {
        return Password.parse(string.toString());
    }

    @Override
    public <X> X unwrap(Password value, Class<X> type, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (Password.class.isAssignableFrom(type)) {
            return type.cast(value);
        }
        if (String.class.isAssignableFrom(type)) {
            return type.cast(value.encoded());
        }
        throw unknownUnwrap(type);
    }

    @Override
    public <X> Password wrap(X value, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (value instanceof Password password) {
            return password;
        }
        if (value instanceof CharSequence text) {
            return Password.parse(text.toString());
        }
        throw unknownWrap(value.getClass());
    }
}
