// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.BaseEntity_;
import dev.hibernatepack.mixins.SoftDeletableEntity_;
import dev.hibernatepack.mixins._BaseEntity;
import dev.hibernatepack.mixins._SoftDeletableEntity;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * The blog's entities compiled with hibernate-processor, as users of the JPA static metamodel and
 * of Jakarta Data compile theirs: the generated {@code Post_} extends the pack's own
 * {@code SoftDeletableEntity_} and {@code BaseEntity_}, which ship in the mixins jar, and both serve
 * a type-safe criteria query on H2 and PostgreSQL.
 */
@HibernateTest(entities = {User.class, Post.class, Comment.class, Tag.class})
class StaticMetamodelIT {

    @Test
    void aCriteriaQueryUsesTheGeneratedMetamodelOfThePackAndOfTheBlog(SessionFactoryScope scope) {
        Instant before = scope.fromTransaction(session -> {
            User author = new User("ada", "ada@example.org");
            session.persist(author);
            session.persist(new Post(author, "Zebra", "..."));
            session.persist(new Post(author, "Apple", "..."));
            Post gone = new Post(author, "Deleted", "...");
            session.persist(gone);
            session.flush();
            session.remove(gone); // a soft delete: the row stays, flagged
            return Instant.parse("2000-01-01T00:00:00Z");
        });

        List<String> titles = scope.fromTransaction(session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaQuery<String> query = builder.createQuery(String.class);
            Root<Post> post = query.from(Post.class);
            query.select(post.get(Post_.title))
                    .where(builder.greaterThan(post.get(BaseEntity_.createdAt), before),
                            builder.isFalse(post.get(SoftDeletableEntity_.deleted)))
                    .orderBy(builder.asc(post.get(Post_.title)));
            return session.createQuery(query).getResultList();
        });

        assertThat(titles).containsExactly("Apple", "Zebra");
        assertThat(BaseEntity_.createdAt).as("populated by Hibernate at boot").isNotNull();
        assertThat(Post_.class.getSuperclass()).isEqualTo(SoftDeletableEntity_.class);
        assertThat(SoftDeletableEntity_.class.getSuperclass()).isEqualTo(BaseEntity_.class);
    }

    @Test
    void theJakartaDataMetamodelNamesTheInheritedAttributes() {
        assertThat(_Post.TITLE).isEqualTo("title");
        assertThat(_BaseEntity.CREATED_AT).isEqualTo("createdAt");
        assertThat(_SoftDeletableEntity.DELETED_AT).isEqualTo("deletedAt");
        assertThat(_Post.title.name()).isEqualTo("title");
        assertThat(_Post.class.getInterfaces()).contains(_SoftDeletableEntity.class);
    }
}
