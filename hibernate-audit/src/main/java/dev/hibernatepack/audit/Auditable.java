// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

/**
 * An entity that records who created it and who changed it last: one attribute annotated
 * {@link CreatedBy} and one {@link UpdatedBy}, each either a {@code @ManyToOne} to the
 * application's own user entity (a real foreign key) or a plain column holding the user's id. The
 * module fills both from the current user ({@link AuditContext}, or the resolver named in
 * {@link AuditSettings#CURRENT_USER}) on insert, and {@code updated_by} on every update, in
 * {@code Session} and {@code StatelessSession} alike.
 *
 * <pre>{@code
 * @Entity
 * public class Post implements Auditable {
 *     @CreatedBy @ManyToOne(fetch = LAZY) @JoinColumn(name = "created_by", updatable = false) User createdBy;
 *     @UpdatedBy @ManyToOne(fetch = LAZY) @JoinColumn(name = "updated_by") User updatedBy;
 * }
 * }</pre>
 */
public interface Auditable {
}
