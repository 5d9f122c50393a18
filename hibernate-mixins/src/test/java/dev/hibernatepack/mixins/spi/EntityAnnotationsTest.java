// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.UpdatedAt;

/** Which member backs each attribute, and which annotations count, decided from the class as Hibernate decides it. */
class EntityAnnotationsTest {

    @MappedSuperclass
    abstract static class FieldBase {
        @Id Long id;
        String label;
        static String constant;
        transient String cache;

        @Sensitive
        public String getLabel() {
            return label;
        }
    }

    @Entity
    @Access(AccessType.PROPERTY)
    static class PropertyOverFieldBase extends FieldBase {
        private String secret;
        private String note;
        private String url;

        @Sensitive
        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        @Transient
        public String getNote() {
            return note;
        }

        public String getURL() {
            return url;
        }

        public void setURL(String url) {
            this.url = url;
        }
    }

    @Entity
    static class IdOnGetter {
        private Long id;
        @UpdatedAt private java.time.Instant changed;
        @Access(AccessType.FIELD) @Column(name = "kept") private String kept;
        private boolean active;

        @Id
        public Long getId() {
            return id;
        }

        public java.time.Instant getChanged() {
            return changed;
        }

        public boolean isActive() {
            return active;
        }

        public String computed() {
            return "not a getter";
        }
    }

    @Test
    void classLevelPropertyAccessAppliesToTheClassWhileItsSuperclassKeepsFieldAccess() {
        EntityAnnotations model = EntityAnnotations.of(PropertyOverFieldBase.class);

        assertThat(model.attributes()).extracting(EntityAnnotations.Attribute::name).containsExactly("id", "label", "secret", "URL");
        assertThat(model.attribute("id").orElseThrow().member()).isInstanceOf(Field.class);
        assertThat(model.attribute("label").orElseThrow().member()).isInstanceOf(Field.class);
        assertThat(model.attribute("secret").orElseThrow().member()).isInstanceOf(Method.class);
        assertThat(model.attribute("secret").orElseThrow().access()).isEqualTo(AccessType.PROPERTY);
        assertThat(model.attribute("note")).isEmpty();
        assertThat(model.attribute("cache")).isEmpty();
        assertThat(model.attribute("constant")).isEmpty();
    }

    @Test
    void aPackAnnotationCountsOnTheFieldOrOnTheGetter() {
        EntityAnnotations model = EntityAnnotations.of(PropertyOverFieldBase.class);

        assertThat(model.isSensitive("secret")).as("on the getter Hibernate uses").isTrue();
        assertThat(model.isSensitive("label")).as("on the getter of a field-access attribute").isTrue();
        assertThat(model.isSensitive("URL")).isFalse();
        assertThat(model.attributesAnnotated(Sensitive.class)).extracting(EntityAnnotations.Attribute::name)
                .containsExactly("label", "secret");

        EntityAnnotations implied = EntityAnnotations.of(IdOnGetter.class);
        assertThat(implied.attributeAnnotated(UpdatedAt.class)).contains("changed");
        assertThat(implied.annotation("changed", UpdatedAt.class)).isPresent();
    }

    @Test
    void anIdOnAGetterMeansPropertyAccessAndAnAttributesOwnAccessWins() {
        EntityAnnotations model = EntityAnnotations.of(IdOnGetter.class);

        assertThat(model.attribute("id").orElseThrow().access()).isEqualTo(AccessType.PROPERTY);
        assertThat(model.attribute("changed").orElseThrow().member()).isInstanceOf(Method.class);
        assertThat(model.attribute("active").orElseThrow().javaType()).isEqualTo(boolean.class);
        assertThat(model.attribute("kept").orElseThrow().access()).isEqualTo(AccessType.FIELD);
        assertThat(model.attribute("computed")).isEmpty();
    }

    @Test
    void valuesAreReadAndWrittenThroughTheMemberHibernateUses() {
        PropertyOverFieldBase entity = new PropertyOverFieldBase();
        EntityAnnotations model = EntityAnnotations.of(entity);

        model.attribute("secret").orElseThrow().write(entity, "s3cr3t");
        model.attribute("label").orElseThrow().write(entity, "a label");

        assertThat(entity.getSecret()).isEqualTo("s3cr3t");
        assertThat(model.attribute("secret").orElseThrow().read(entity)).isEqualTo("s3cr3t");
        assertThat(model.attribute("label").orElseThrow().read(entity)).isEqualTo("a label");
    }
}
