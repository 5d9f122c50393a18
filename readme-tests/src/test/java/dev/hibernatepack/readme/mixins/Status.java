// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.mixins;

/** A post's status, as the README's {@code Post} comment declares it. */
public enum Status { DRAFT, PUBLISHED }
