package io.newsgraph.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Content known by a name and a URL-friendly slug, and listed by name: authors, sources, tags. */
@MappedSuperclass
public abstract class NamedContentEntity extends ContentEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;
}
