// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.internal.EntityModel;

/** Which attributes updateFromMap may write is decided from the mapping annotations alone. */
class EntityModelTest {

    @Embeddable
    static class Address {
        String city;
    }

    @SuppressWarnings("unused")
    static class Customer {
        static int instances;
        @Id Long id;
        @Version int version;
        @NaturalId String code;
        @NaturalId(mutable = true) String email;
        @Formula("upper(name)") String shout;
        @CreationTimestamp java.time.Instant created;
        @Column(updatable = false) String signupSource;
        @Transient String scratch;
        transient String cache;
        Address address;
        List<String> nicknames;
        String name;
    }

    @Test
    void onlyPlainMutableBasicAttributesAreWritable() {
        EntityModel model = EntityModel.of(Customer.class);

        assertThat(model.writableNames()).containsExactly("email", "name");
        assertThat(model.attribute("code").readOnlyReason()).isEqualTo("is an immutable natural id");
        assertThat(model.attribute("shout").readOnlyReason()).isEqualTo("is computed by a formula");
        assertThat(model.attribute("created").readOnlyReason()).isEqualTo("is generated (@CreationTimestamp)");
        assertThat(model.attribute("signupSource").readOnlyReason()).contains("read-only");
        assertThat(model.attribute("address").kind()).isEqualTo(EntityModel.Kind.OTHER);
        assertThat(model.attribute("nicknames").kind()).isEqualTo(EntityModel.Kind.OTHER);
        assertThat(model.attribute("scratch")).isNull();
        assertThat(model.attribute("cache")).isNull();
        assertThat(model.attribute("instances")).isNull();
    }
}
