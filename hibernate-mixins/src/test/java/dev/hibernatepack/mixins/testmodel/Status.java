// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

public enum Status { DRAFT, PUBLISHED, ARCHIVED }
