// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.data;

import java.util.List;
import java.util.Optional;

import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Repository;
import jakarta.data.repository.Update;

import org.hibernate.StatelessSession;
import org.hibernate.annotations.processing.SQL;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.monitoring.testmodel.Review;

/** Authors, books and reviews through Jakarta Data: hibernate-processor generates {@code Library_}. */
@Repository
public interface Library {

    @Insert
    void add(Author author);

    @Insert
    void addAuthors(List<Author> authors);

    @Insert
    void addBooks(List<Book> books);

    @Insert
    void addReviews(List<Review> reviews);

    @Update
    void update(Author author);

    @Delete
    void remove(Book book);

    @Find
    Optional<Author> author(Long id);

    @Find
    List<Author> authors();

    @Find
    List<Book> books();

    @Find
    List<Review> reviews();

    /** A statement that takes a while on H2. */
    @SQL("select sum(x * 2) from system_range(1, 3000000) where 'secret-literal' is not null")
    Object heavySumOnH2();

    /** A statement that takes a while on PostgreSQL. */
    @SQL("select sum(x * 2) from generate_series(1, 3000000) x where 'secret-literal' is not null")
    Object heavySumOnPostgreSql();

    /** A statement that takes a while on MariaDB (its sequence engine's seq_1_to_n tables). */
    @SQL("select sum(seq * 2) from seq_1_to_3000000 where 'secret-literal' is not null")
    Object heavySumOnMariaDb();

    StatelessSession session();
}
