package io.newsgraph.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.newsgraph.core.persistence.NamedContentEntity;

/** A publication whose articles this site translates or adapts. */
@Entity
@Table(name = "source")
public class SourceEntity extends NamedContentEntity {

    /** The publication's home page. */
    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String language;
}
