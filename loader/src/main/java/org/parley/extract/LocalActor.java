package org.parley.extract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.lexicon.Gender;

/**
 * An actor while one article is being extracted: names, role and affiliation gather as the article
 * mentions it again. Owned by one extraction run and turned into an {@link ActorCandidate} at its end.
 */
public final class LocalActor {
    private final String id;
    private final ActorKind kind;
    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private String role;
    private LocalActor affiliation;
    private final String key;
    private final boolean named;
    private Gender gender = Gender.UNKNOWN;
    private final int begin;
    private final int end;
    private double confidence;
    private final String rule;

    LocalActor(String id, ActorKind kind, String name, String key, boolean named, int begin, int end,
               double confidence, String rule) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.key = key;
        this.named = named;
        this.begin = begin;
        this.end = end;
        this.confidence = confidence;
        this.rule = rule;
    }

    public String id() {
        return id;
    }

    public ActorKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Optional<String> role() {
        return Optional.ofNullable(role);
    }

    public Optional<LocalActor> affiliation() {
        return Optional.ofNullable(affiliation);
    }

    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    public boolean named() {
        return named;
    }

    public Gender gender() {
        return gender;
    }

    public boolean isPerson() {
        return kind == ActorKind.PERSON;
    }

    /** The country this actor is, or belongs to, if known. */
    public Optional<LocalActor> country() {
        if (kind == ActorKind.COUNTRY) {
            return Optional.of(this);
        }
        LocalActor a = affiliation;
        for (int depth = 0; a != null && depth < 3; depth++) {
            if (a.kind == ActorKind.COUNTRY) {
                return Optional.of(a);
            }
            a = a.affiliation;
        }
        return Optional.empty();
    }

    /** A text that speaks ("the statement said"): it can say what is demanded, never be asked. */
    public boolean isDocument() {
        return rule.equals("document");
    }

    /** Someone quoted without a name, by what they are ("said one trader"): they speak for no side. */
    public boolean isBystander() {
        return rule.equals("bystander");
    }

    /** A country's capital named as a city ("in Nairobi", "the Kenyan capital"), not as its government. */
    public boolean isCapitalCity() {
        return kind == ActorKind.PLACE && (rule.equals("capital-as-place") || rule.equals("capital-of-country"));
    }

    /**
     * The party this actor acts for: a person's country or organisation, a national body's or seat of
     * government's country; countries and international organisations act for themselves.
     */
    public LocalActor party() {
        if (kind == ActorKind.PERSON) {
            return affiliation == null ? this : affiliation.party();
        }
        // An armed group belongs to the country it fights in, but it is the other side of that country's government.
        if (kind == ActorKind.ORGANIZATION && affiliation != null && affiliation.kind == ActorKind.COUNTRY
                && !rule.equals("armed-group")) {
            return affiliation;
        }
        if (kind == ActorKind.ORGANIZATION && affiliation != null && affiliation.kind == ActorKind.ORGANIZATION) {
            return affiliation.party(); // an office of an organisation ("the UN Secretary-General") acts for it
        }
        return this;
    }

    void addName(String surface, boolean fuller) {
        if (surface.equals(name)) {
            return;
        }
        if (fuller) {
            aliases.add(name);
            aliases.remove(surface);
            name = surface;
        } else {
            aliases.add(surface);
        }
    }

    void setRoleIfAbsent(String value) {
        if (role == null && value != null && !value.isBlank()) {
            role = value;
        }
    }

    void setAffiliationIfAbsent(LocalActor value) {
        if (affiliation == null && value != null && value != this) {
            affiliation = value;
        }
    }

    /** A list read pairwise ("the ministers of A and B, X and Y") corrects what a left-to-right reading guessed. */
    public void correctAffiliation(LocalActor value) {
        if (value != null && value != this) {
            affiliation = value;
        }
    }

    void setGenderIfKnown(Gender value) {
        if (value != Gender.UNKNOWN) {
            gender = value;
        }
    }

    void raiseConfidence(double value) {
        confidence = Math.max(confidence, value);
    }

    ActorCandidate toCandidate() {
        return new ActorCandidate(id, kind, name, aliases.stream().filter(a -> !a.equals(name)).toList(),
                role(), affiliation().map(LocalActor::id), key(), named,
                new Provenance(begin, end, confidence, rule));
    }

    @Override
    public String toString() {
        return id + ":" + kind + ":" + name + (role != null ? " (" + role + ")" : "")
                + (affiliation != null ? " of " + affiliation.name : "");
    }
}
