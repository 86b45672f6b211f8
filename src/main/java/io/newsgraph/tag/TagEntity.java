package io.newsgraph.tag;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.newsgraph.core.persistence.NamedContentEntity;

/** A topic readers filter articles by: a country, an organisation, a region. */
@Entity
@Table(name = "tag")
public class TagEntity extends NamedContentEntity {

}
