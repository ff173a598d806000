package org.parley.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An actor or place as one article names it, with every name the article uses for it.
 *
 * @param id          identifier inside the article ({@code actor3}); other candidates refer to it
 * @param name        the fullest name the article gives ("Amara Diallo"), or a role for an unnamed person
 * @param aliases     the other names the article uses ("Diallo", "Ms Diallo")
 * @param role        title or role ("foreign minister")
 * @param affiliation the country or organisation the actor belongs to (another candidate's id)
 * @param key         for actors Parley's lists identify: {@code country:UA}, {@code org:nato}, {@code place:lome}
 * @param named       false for a person known only by a role ("the official")
 */
public record ActorCandidate(
        String id,
        ActorKind kind,
        String name,
        List<String> aliases,
        Optional<String> role,
        Optional<String> affiliation,
        Optional<String> key,
        boolean named,
        Provenance provenance) {

    public ActorCandidate {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        requireNonNull(role, "role");
        requireNonNull(affiliation, "affiliation");
        requireNonNull(key, "key");
        requireNonNull(provenance, "provenance");
    }
}
