package io.newsgraph.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.newsgraph.core.persistence.ContentEntity;

/** A topic readers filter articles by: a country, an organisation, a region. */
@Entity
@Table(name = "tag")
public class TagEntity extends ContentEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false, unique = true)
    public String name;
}
