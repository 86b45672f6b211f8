package io.newsgraph.author;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.newsgraph.core.persistence.NamedContentEntity;

@Entity
@Table(name = "author")
public class AuthorEntity extends NamedContentEntity {

    public String bio;

    public String location;

    @ElementCollection
    @CollectionTable(name = "author_social_link", joinColumns = @JoinColumn(name = "author_id"))
    public List<SocialLinkEmbeddable> socialLinks = new ArrayList<>();
}
