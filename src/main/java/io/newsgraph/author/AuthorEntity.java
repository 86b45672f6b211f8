package io.newsgraph.author;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.newsgraph.core.persistence.ContentEntity;

@Entity
@Table(name = "author")
public class AuthorEntity extends ContentEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String bio;

    public String location;

    @ElementCollection
    @CollectionTable(name = "author_social_link", joinColumns = @JoinColumn(name = "author_id"))
    public List<SocialLinkEmbeddable> socialLinks = new ArrayList<>();
}
