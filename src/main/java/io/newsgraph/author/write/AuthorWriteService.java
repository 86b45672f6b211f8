package io.newsgraph.author.write;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsgraph.author.Author;
import io.newsgraph.author.AuthorEntity;
import io.newsgraph.author.AuthorReferences;
import io.newsgraph.author.SocialLinkEmbeddable;
import io.newsgraph.author.SocialNetwork;
import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.write.IdempotentWrites;
import io.newsgraph.core.write.NamedContentWrites;
import io.newsgraph.core.write.Slugs;

@ApplicationScoped
public class AuthorWriteService extends NamedContentWrites<AuthorEntity, AuthorInput> {

    private final AuthorReferences references;

    AuthorWriteService(EntityManager entityManager, IdempotentWrites idempotentWrites, Slugs slugs,
            AuthorReferences references) {
        super(AuthorEntity.class, Author.TYPE, AuthorEntity::new, entityManager, idempotentWrites, slugs);
        this.references = references;
    }

    @Override
    protected void write(AuthorInput input, AuthorEntity author) {
        author.bio = input.bio();
        author.location = input.location();
        author.socialLinks.clear();
        author.socialLinks.addAll(socialLinks(input.socialLinks() == null ? List.of() : input.socialLinks()));
    }

    @Override
    protected long articlesReferringTo(long key) {
        return references.articlesBy(key);
    }

    private static List<SocialLinkEmbeddable> socialLinks(List<SocialLinkInput> links) {
        Map<SocialNetwork, Integer> seen = new EnumMap<>(SocialNetwork.class);
        for (int i = 0; i < links.size(); i++) {
            if (seen.putIfAbsent(links.get(i).network(), i) != null) {
                throw BadUserInputException.of("input.socialLinks[" + i + "].network",
                        "An author has one link per network: " + links.get(i).network() + " is given twice.");
            }
        }
        return links.stream().map(link -> {
            SocialLinkEmbeddable embeddable = new SocialLinkEmbeddable();
            embeddable.network = link.network();
            embeddable.url = link.url();
            embeddable.handle = link.handle();
            return embeddable;
        }).toList();
    }
}
