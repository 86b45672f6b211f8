package io.newsgraph.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import io.newsgraph.core.persistence.NamedContentEntity;
import io.newsgraph.core.validation.NameKey;

/** A topic readers filter articles by: a country, an organisation, a region. */
@Entity
@Table(name = "tag")
public class TagEntity extends NamedContentEntity {

    /**
     * What the name reads as ({@link NameKey}), unique: no two topics have names a reader cannot tell apart. Set from
     * the name whenever the tag is written.
     */
    @Column(name = "name_key", nullable = false, unique = true, length = 64)
    public String nameKey;

    @PrePersist
    @PreUpdate
    void keyName() {
        nameKey = NameKey.of(name);
    }
}
