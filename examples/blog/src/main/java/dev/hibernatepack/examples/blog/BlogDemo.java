// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.validation.ConstraintViolationException;

import org.flywaydb.core.Flyway;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.ManagedEntity;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;

import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.AuditEntry;
import dev.hibernatepack.audit.AuditTrails;
import dev.hibernatepack.mixins.InvalidAttributesException;
import dev.hibernatepack.mixins.InvalidEmailException;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.QueryMonitor;
import dev.hibernatepack.monitoring.QueryStatistics;
import dev.hibernatepack.monitoring.UnitOfWorkStatistics;
import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.Database;
import dev.hibernatepack.repository.DuplicateKeyException;
import dev.hibernatepack.repository.InvalidAttributeException;
import dev.hibernatepack.repository.RecordNotFoundException;
import dev.hibernatepack.slug.Slugs;

/**
 * Walks through what each module of the pack does to a small blog, printing each step. Runs on
 * embedded H2 from {@code META-INF/persistence.xml}: nothing to install.
 */
public final class BlogDemo {

    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    /** The database of the {@code blog} persistence unit (see {@code META-INF/persistence.xml}). */
    static final String DATABASE_URL = "jdbc:h2:mem:blog;DB_CLOSE_DELAY=-1";

    private final EntityManagerFactory factory;
    private final PrintStream out;

    private BlogDemo(EntityManagerFactory factory, PrintStream out) {
        this.factory = factory;
        this.out = out;
    }

    public static void main(String[] args) {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        FLYWAY_LOG.setLevel(Level.WARNING);
        run(System.out);
    }

    /**
     * Creates the schema the way an application should: Flyway runs the reviewed migrations in
     * {@code db/migration} (written by hibernate-migrations' generator), and Hibernate only
     * validates the result. The demo's in-memory database is emptied first, so every run starts fresh.
     */
    static String migrateDatabase() {
        Flyway flyway = Flyway.configure().dataSource(DATABASE_URL, "sa", "").cleanDisabled(false).load();
        flyway.clean();
        var result = flyway.migrate();
        return result.migrationsExecuted + " migration(s) applied by Flyway, "
                + result.migrations.stream().map(m -> "V" + m.version + "__" + m.description.replace(' ', '_')).toList()
                + "; Hibernate validates the schema at startup (hibernate.hbm2ddl.auto=validate)";
    }

    /** Runs every step against a fresh database, printing to {@code out}. */
    public static void run(PrintStream out) {
        run(out, Path.of(System.getProperty("blog.report", "target/query-report.html")));
    }

    /** As {@link #run(PrintStream)}, writing the query report page to {@code report}. */
    public static void run(PrintStream out, Path report) {
        String migrated = migrateDatabase();
        out.println("0. Schema: " + migrated);
        try (EntityManagerFactory factory = Persistence.createEntityManagerFactory("blog")) {
            BlogDemo demo = new BlogDemo(factory, out);
            demo.steps();
            demo.monitoring(report);
            demo.repository();
            demo.audit();
            demo.slugs();
            demo.model();
            demo.jakartaData();
        }
    }

    private void monitoring(Path report) {
        step("11. Query monitoring: reading each post's comments in a loop is an N+1, reported with its call site and fix");
        inTransaction(em -> {
            User ada = em.createQuery("from User", User.class).getSingleResult();
            for (int i = 1; i <= 6; i++) {
                Post p = new Post(ada, "Post " + i, "Body " + i);
                em.persist(p);
                em.persist(p.addComment("Comment on post " + i));
            }
            return null;
        });
        QueryCounts.Counts lazy = QueryCounts.record(() -> inTransaction(em -> {
            for (Post p : em.createQuery("from Post", Post.class).getResultList()) {
                p.getComments().size();
            }
            return null;
        }));
        out.println("   selects: " + lazy.selects());
        lazy.nPlusOne().forEach(finding -> out.println("   " + finding));

        step("12. The fix: 'join fetch' loads the posts and their comments in one select");
        QueryMonitor monitor = QueryMonitor.of(factory.unwrap(SessionFactory.class)).orElseThrow();
        List<UnitOfWorkStatistics> units = new ArrayList<>();
        QueryCounts.Counts fetched;
        try (var registration = monitor.onUnitOfWork(units::add)) {
            fetched = QueryCounts.record(() -> inTransaction(em -> {
                for (Post p : em.createQuery("select distinct p from Post p left join fetch p.comments", Post.class).getResultList()) {
                    p.getComments().size();
                }
                return null;
            }));
        }
        out.println("   selects: " + fetched.selects() + ", N+1 findings: " + fetched.nPlusOne().size());
        units.forEach(unit -> out.println("   the transaction, as QueryMonitor.onUnitOfWork saw it: " + unit));

        step("13. The factory's statistics: top statements by total time, and a report page");
        QueryStatistics stats = monitor.snapshot();
        out.println("   statements: " + stats.count() + " (selects " + stats.count(QueryKind.SELECT) + "), p99 "
                + stats.p99().toNanos() / 1_000 + " µs");
        stats.topShapes(3).forEach(shape -> out.println("   " + shape.count() + " x " + shape.mean().toNanos() / 1_000 + " µs  "
                + shape.shape()));
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, stats.toHtml());
            out.println("   report written to " + report.toAbsolutePath());
        } catch (IOException e) {
            out.println("   could not write the report to " + report + ": " + e.getMessage());
        }
    }

    private void repository() {
        Database db = Database.of(factory);
        BaseRepository<User, Long> users = new BaseRepository<>(db, User.class);
        PostRepository posts = new PostRepository(db);

        step("14. Repositories: insertAll writes 20 posts through a StatelessSession, timestamps and slugs included");
        User grace = users.insert(new User("grace", "grace@example.org"));
        List<Post> drafts = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            drafts.add(new Post(grace, "Draft %02d".formatted(i), "Body " + i));
        }
        QueryCounts.Counts inserted = QueryCounts.record(() -> posts.insertAll(drafts));
        out.println("   " + drafts.size() + " rows in " + inserted.inserts() + " insert(s), one per row: rows with a slug are"
                + " written one by one, so a taken slug can be retried; first created_at=" + drafts.get(0).getCreatedAt()
                + ", first slug=" + drafts.get(0).getSlug());
        int published = posts.publishAllDraftsOf(grace);
        out.println("   updateWhere published " + published + " drafts in one statement (updated_at and versions kept)");

        step("15. Paging and sorting with Jakarta Data types; filters from Hibernate's Restriction, names checked against the model");
        Page<Post> page = posts.publishedBy("grace", PageRequest.ofPage(2).size(5));
        out.println("   page " + page.pageRequest().page() + " of " + page.totalPages() + " (" + page.totalElements() + " posts): "
                + page.content().stream().map(Post::getTitle).toList());
        try {
            posts.findAll(PageRequest.ofPage(1), Order.by(Sort.asc("title desc, (select 1)")));
        } catch (InvalidAttributeException e) {
            out.println("   refused: " + e.getMessage());
        }

        step("16. fetch(\"author\", \"comments\"): posts with their authors and comments in one select");
        QueryCounts.Counts fetchedCounts = QueryCounts.record(() -> {
            List<Post> all = posts.withAuthorsAndComments();
            out.println("   " + all.size() + " posts by " + all.stream().map(p -> p.getAuthor().getUsername()).distinct().sorted().toList()
                    + ", " + all.stream().mapToInt(p -> p.getComments().size()).sum() + " comments");
        });
        out.println("   selects: " + fetchedCounts.selects() + ", N+1 findings: " + fetchedCounts.nPlusOne().size());

        step("17. Aggregates and native SQL, into records");
        posts.statsByStatus().forEach(row -> out.println("   " + row));
        posts.mostCommented(2).forEach(row -> out.println("   " + row));

        step("18. Typed errors, after rollback, logged once: the caller catches what it can handle");
        try {
            users.insert(new User("grace", "another@example.org"));
        } catch (DuplicateKeyException e) {
            out.println("   " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            posts.getById(-1L);
        } catch (RecordNotFoundException e) {
            out.println("   " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        out.println("   users named grace: " + users.count(users.where("username", org.hibernate.query.range.Range.singleValue("grace"))));
    }

    private void audit() {
        step("19. Audit trail (User has @AuditTrail): who changed what, in the same transaction; the password only as 'changed'");
        Long grace = inTransaction(em -> em.createQuery("select u.id from User u where u.username = 'grace'", Long.class)
                .getSingleResult());
        Long ada = inTransaction(em -> em.createQuery("select u.id from User u where u.username = 'ada'", Long.class)
                .getSingleResult());
        AuditContext.runAs(ada, () -> inTransaction(em -> {
            User user = em.find(User.class, grace);
            user.setPassword("an0ther-Secret".toCharArray());
            user.updateFromMap(Map.of("email", "grace.hopper@example.org"));
            return null;
        }));
        List<AuditEntry> history = inTransaction(em -> AuditTrails.history(em, User.class, grace, org.hibernate.query.Page.first(10)));
        for (AuditEntry entry : history) {
            out.println("   " + entry.action() + " by " + entry.changedBy() + " (transaction " + entry.transactionId().substring(0, 8) + ")");
            entry.changes().entrySet().stream()
                    .filter(change -> !change.getKey().equals("updatedAt") && !change.getKey().equals("createdAt"))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(change -> out.println("     " + change.getKey() + ": " + (change.getValue().masked() ? "changed (masked)"
                            : change.getValue().oldValue() + " -> " + change.getValue().newValue())));
        }
    }

    private void slugs() {
        step("20. Slugs (Post has @Slug(from = \"title\")): readable and unique for any title; a taken one costs one query");
        Long ada = inTransaction(em -> em.createQuery("select u.id from User u where u.username = 'ada'", Long.class)
                .getSingleResult());
        for (String title : List.of("Hello, World!", "Hello, World!", "hello world?!", "Crème brûlée à la Straße",
                "Привет, мир", "東京の天気", "🎉🎉🎉", "New")) {
            String[] slug = new String[1];
            QueryCounts.Counts counts = QueryCounts.record(() -> slug[0] = inTransaction(em -> {
                Post post = new Post(em.getReference(User.class, ada), title, "...");
                em.persist(post);
                em.flush();
                return post.getSlug();
            }));
            long queries = counts.statements().stream().filter(sql -> sql.contains(" like ")).count();
            out.println("   %-26s -> %-28s %d insert(s), %d slug quer%s".formatted("\"" + title + "\"", slug[0], counts.inserts(),
                    queries, queries == 1 ? "y" : "ies"));
        }
        inTransaction(em -> {
            Slugs.findBySlug(em, Post.class, "hello-world-2").ifPresent(match -> out.println(
                    "   findBySlug(\"hello-world-2\") -> \"" + match.entity().getTitle() + "\" (redirect: " + match.redirect() + ")"));
            return null;
        });
    }

    private void model() {
        step("21. Model patterns: a password hash, a checked e-mail, a computed property in Java and in queries, both sides kept in step");
        User linus = inTransaction(em -> {
            User user = new User("linus", "  Linus@Example.ORG ");
            user.setPassword("tux-Rules-42".toCharArray());
            em.persist(user);
            return user;
        });
        boolean right = inTransaction(em -> em.find(User.class, linus.getId()).checkPassword("tux-Rules-42".toCharArray()));
        boolean wrong = inTransaction(em -> em.find(User.class, linus.getId()).checkPassword("tux-rules-42".toCharArray()));
        String stored = inTransaction(em -> (String) em.createNativeQuery("select password from users where id = ?1")
                .setParameter(1, linus.getId()).getSingleResult());
        out.println("   email stored as " + linus.getEmail() + "; checkPassword(right) = " + right + ", (wrong) = " + wrong);
        out.println("   password column: " + stored.substring(0, stored.indexOf('$', stored.indexOf("$i=") + 1)) + "$<salt>$<hash>");
        try {
            linus.setEmail("linus@localhost");
        } catch (InvalidEmailException e) {
            out.println("   setEmail(\"linus@localhost\") refused: " + e.getMessage());
        }
        inTransaction(em -> {
            Post from = em.createQuery("from Post where title = 'Post 1'", Post.class).getSingleResult();
            Post to = em.createQuery("from Post where title = 'Post 2'", Post.class).getSingleResult();
            Comment comment = from.getComments().get(0);
            to.moveHere(comment);
            out.println("   moved \"" + comment.getText() + "\": Post 1 has " + from.getComments().size() + ", Post 2 has "
                    + to.getComments().size() + ", the comment's post is " + comment.getPost().getTitle());
            return null;
        });
        List<Post> busy = inTransaction(em -> em.createQuery("from Post p where p.commentCount > 1 order by p.title", Post.class)
                .getResultList());
        busy.forEach(p -> out.println("   where p.commentCount > 1: " + p.getTitle() + " (getCommentCount() = " + p.getCommentCount() + ")"));
    }

    private void jakartaData() {
        SessionFactory sessionFactory = factory.unwrap(SessionFactory.class);
        step("22. Jakarta Data repositories (Posts_, Comments_, Users_, written by hibernate-processor at build time)"
                + " on a StatelessSession: insert and page");
        Order<Post> byTitle = Order.by(_Post.title.asc());
        sessionFactory.inStatelessTransaction(session -> {
            Users users = new Users_(session);
            Posts posts = new Posts_(session);
            User hedy = users.insert(new User("hedy", "hedy@example.org"));
            List<Post> written = posts.insertAll(List.of(new Post(hedy, "Frequency hopping", "..."),
                    new Post(hedy, "Spread spectrum", "..."), new Post(hedy, "Torpedo guidance", "..."),
                    new Post(hedy, "Hollywood", "..."), new Post(hedy, "Hello, World!", "...")));
            new Comments_(session).insert(written.get(3).addComment("Ecstasy, 1933"));
            out.println("   insertAll: " + written.size() + " posts, slugs " + written.stream().map(Post::getSlug).toList()
                    + ", created_at=" + written.get(0).getCreatedAt());
            out.println("   byAuthor(hedy, PageRequest.ofSize(2), Order.by(_Post.title.asc())):");
            Page<Post> page = posts.byAuthor(hedy, PageRequest.ofSize(2), byTitle);
            while (true) {
                out.println("     page " + page.pageRequest().page() + " of " + page.totalPages() + ": "
                        + page.content().stream().map(Post::getTitle).toList());
                if (!page.hasNext()) {
                    break;
                }
                page = posts.byAuthor(hedy, page.nextPageRequest(), byTitle);
            }
        });

        step("23. Deletes through the repositories are soft, with no cascade in a stateless session (so the comments go first);"
                + " the finders no longer see the post, SoftDeletes.withDeleted(session, ...) does");
        sessionFactory.inStatelessTransaction(session -> {
            Posts posts = new Posts_(session);
            Comments comments = new Comments_(session);
            User hedy = new Users_(session).byUsername("hedy").orElseThrow();
            Post post = posts.bySlug("hollywood").orElseThrow();
            long[] removed = new long[1];
            QueryCounts.Counts deleted = QueryCounts.record(() -> {
                removed[0] = comments.deleteByPost(post.getId());
                posts.delete(post);
            });
            out.println("   comments.deleteByPost(id) = " + removed[0] + ", posts.delete(post): " + deleted.updates() + " update(s), "
                    + deleted.deletes() + " delete(s)");
            Page<Post> first = posts.byAuthor(hedy, PageRequest.ofSize(2), byTitle);
            out.println("   findById -> " + posts.findById(post.getId()) + ", bySlug(\"hollywood\") -> " + posts.bySlug("hollywood")
                    + ", byAuthor: " + first.totalElements() + " posts on " + first.totalPages() + " pages, comments: "
                    + comments.byPost(post).size());
            Post gone = SoftDeletes.withDeleted(session, () -> posts.findById(post.getId())).orElseThrow();
            out.println("   withDeleted: findById -> " + gone + " is_deleted=" + gone.isDeleted() + " deleted_at=" + gone.getDeletedAt());
        });
    }

    private void steps() {
        step("Entities are bytecode-enhanced at build time: " + ManagedEntity.class.isAssignableFrom(Post.class));

        step("1. Timestamps: persist a user, a tag and a post; created_at and updated_at come from the pack's clock");
        Post post = inTransaction(em -> {
            User ada = new User("ada", "ada@example.org");
            ada.setPassword("c0rrect-Horse".toCharArray());
            Tag java = new Tag("java");
            em.persist(ada);
            em.persist(java);
            Post p = new Post(ada, "Hello, Hibernate Pack", "First post.");
            p.getTags().add(java);
            em.persist(p);
            em.persist(p.addComment("Nice!"));
            return p;
        });
        out.println("   " + post + " created_at=" + post.getCreatedAt() + " updated_at=" + post.getUpdatedAt());

        step("2. A flush that changes nothing leaves updated_at alone (no UPDATE is issued)");
        Post unchanged = inTransaction(em -> {
            Post p = em.find(Post.class, post.getId());
            p.setTitle(p.getTitle());
            return p;
        });
        out.println("   updated_at still " + unchanged.getUpdatedAt());

        step("3. A real change moves updated_at; created_at never changes");
        Post edited = inTransaction(em -> {
            Post p = em.find(Post.class, post.getId());
            p.setTitle("Hello again, Hibernate Pack");
            return p;
        });
        out.println("   created_at=" + edited.getCreatedAt() + " updated_at=" + edited.getUpdatedAt());

        step("4. toMap() and toString(): basic attributes and to-one ids, without loading anything lazy");
        inTransaction(em -> {
            Post p = em.find(Post.class, post.getId());
            out.println("   post.toMap()  = " + p.toMap());
            out.println("   author loaded? " + Hibernate.isInitialized(p.getAuthor()));
            User author = em.find(User.class, p.getAuthor().getId());
            out.println("   user.toMap()  = " + author.toMap() + "   (password is @Sensitive: left out)");
            out.println("   user          = " + author);
            return null;
        });

        step("5. updateFromMap() converts the usual string forms");
        Post updated = inTransaction(em -> {
            Post p = em.find(Post.class, post.getId());
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("status", "PUBLISHED");
            form.put("views", "42");
            p.updateFromMap(form);
            return p;
        });
        out.println("   status=" + updated.getStatus() + " views=" + updated.getViews());

        step("6. updateFromMap() rejects bad input as a whole: every bad key named, nothing changed");
        inTransaction(em -> {
            Post p = em.find(Post.class, post.getId());
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("title", "Would be fine");
            form.put("views", "many");
            form.put("createdAt", "2000-01-01T00:00:00Z");
            form.put("rating", "5");
            try {
                p.updateFromMap(form);
            } catch (InvalidAttributesException e) {
                e.getProblems().forEach((key, why) -> out.println("   " + key + ": " + why));
                out.println("   title is still \"" + p.getTitle() + "\"");
            }
            return null;
        });

        step("7. Bean Validation rejects an invalid entity before any SQL is written");
        try {
            inTransaction(em -> {
                em.persist(new Post(em.find(User.class, post.getAuthor().getId()), " ", "blank title"));
                em.flush();
                return null;
            });
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> out.println("   " + v.getPropertyPath() + " " + v.getMessage()));
        }
        long posts = inTransaction(em -> em.createQuery("select count(p) from Post p", Long.class).getSingleResult());
        out.println("   posts in the database: " + posts);

        step("8. Soft delete: remove() marks the post and its comments deleted (an UPDATE, no DELETE); reads hide them");
        inTransaction(em -> {
            em.remove(em.find(Post.class, post.getId()));
            return null;
        });
        inTransaction(em -> {
            out.println("   find(Post) = " + em.find(Post.class, post.getId()));
            out.println("   posts: " + em.createQuery("select count(p) from Post p", Long.class).getSingleResult()
                    + ", comments: " + em.createQuery("select count(c) from Comment c", Long.class).getSingleResult());
            return null;
        });

        step("9. SoftDeletes.withDeleted(...) sees deleted rows for one call; onlyDeleted(...) shows the trash");
        inTransaction(em -> {
            Post deleted = SoftDeletes.withDeleted(em, () -> em.find(Post.class, post.getId()));
            out.println("   " + deleted + " is_deleted=" + deleted.isDeleted() + " deleted_at=" + deleted.getDeletedAt());
            List<String> trash = SoftDeletes.onlyDeleted(em,
                    () -> em.createQuery("select c.text from Comment c", String.class).getResultList());
            out.println("   deleted comments: " + trash);
            out.println("   after the call, find(Post) = " + em.find(Post.class, post.getId()));
            return null;
        });

        step("10. SoftDeletes.restore(..., true) revives the post and the comments deleted with it");
        inTransaction(em -> {
            SoftDeletes.restore(em, SoftDeletes.withDeleted(em, () -> em.find(Post.class, post.getId())), true);
            return null;
        });
        inTransaction(em -> {
            Post restored = em.find(Post.class, post.getId());
            out.println("   " + restored + " is_deleted=" + restored.isDeleted() + ", comments: "
                    + restored.getComments().stream().map(Comment::getText).toList());
            return null;
        });
    }

    private void step(String text) {
        out.println();
        out.println(text);
    }

    private <R> R inTransaction(Function<EntityManager, R> work) {
        try (EntityManager em = factory.createEntityManager()) {
            var transaction = em.getTransaction();
            transaction.begin();
            try {
                R result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }
}
