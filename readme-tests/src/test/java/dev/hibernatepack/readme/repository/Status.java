// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

/** A post's status. */
public enum Status { DRAFT, PUBLISHED }
