package io.newsgraph.author;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class SocialLinkEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SocialNetwork network;

    @Column(nullable = false)
    public String url;

    public String handle;
}
