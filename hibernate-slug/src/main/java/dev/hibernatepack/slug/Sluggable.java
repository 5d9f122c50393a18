// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

/**
 * An entity whose slug comes from a text it computes, for sources that are more than a list of
 * attributes. Its {@link Slug} attribute leaves {@link Slug#from()} empty.
 *
 * <pre>{@code
 * @Entity
 * public class Event implements Sluggable {
 *     String name; int year;
 *     @Slug String slug;
 *     public String slugSource() { return name + " " + year; }   // "devoxx-2026"
 * }
 * }</pre>
 */
public interface Sluggable {

    /** The text the slug is made from; called on insert and, with regeneration, on update. */
    String slugSource();
}
