package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.lexicon.Gender;

/**
 * The actors of one article and where each is mentioned. Rules look actors up by token; speaker
 * resolution may add unnamed role actors ("the official") as it goes.
 */
public final class ActorTable {
    private final List<LocalActor> actors = new ArrayList<>();
    private final List<ActorMention> mentions = new ArrayList<>();
    private final Map<Long, ActorMention> byToken = new HashMap<>();
    private final Map<String, LocalActor> byKey = new HashMap<>();
    /** The city the story is filed from, if its dateline names one ({@link DatelinePlace}). */
    private LocalActor dateline;
    /** Actors the speaker rules added, by a key that stays inside this article. */
    private final Map<String, LocalActor> speakingBodies = new HashMap<>();

    LocalActor create(ActorKind kind, String name, String key, boolean named, int begin, int end, double confidence,
                      String rule) {
        LocalActor actor = new LocalActor("actor" + (actors.size() + 1), kind, name, key, named, begin, end, confidence, rule);
        actors.add(actor);
        if (key != null) {
            byKey.put(key, actor);
        }
        return actor;
    }

    /** The actor with lexicon key {@code key} ({@code country:UA}), creating it on first mention. */
    LocalActor forKey(String key, ActorKind kind, String name, int begin, int end, double confidence, String rule) {
        LocalActor existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        return create(kind, name, key, true, begin, end, confidence, rule);
    }

    /** Whether the dateline carries an agency's mark: a wire reporter files from the scene. */
    private boolean datelineMarked;

    void setDateline(LocalActor place, boolean marked) {
        dateline = place;
        datelineMarked = marked;
    }

    /** The city the story is filed from, if its dateline names one. */
    public Optional<LocalActor> dateline() {
        return Optional.ofNullable(dateline);
    }

    /** The city a wire story is filed from, if its dateline names one with an agency's mark. */
    public Optional<LocalActor> markedDateline() {
        return datelineMarked ? dateline() : Optional.empty();
    }

    public Optional<LocalActor> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    void mention(LocalActor actor, int sentence, int start, int end, int charBegin, int charEnd) {
        ActorMention m = new ActorMention(actor, sentence, start, end, charBegin, charEnd);
        mentions.add(m);
        for (int t = start; t < end; t++) {
            byToken.putIfAbsent(tokenKey(sentence, t), m);
        }
    }

    /** Creates an actor for a person known only by role, such as "a German government official". */
    public LocalActor unnamedPerson(String role, LocalActor affiliation, Gender gender, int sentence, int start, int end,
                                    int charBegin, int charEnd) {
        String label = affiliation == null ? role : role + " (" + affiliation.name() + ")";
        LocalActor actor = create(ActorKind.PERSON, label, null, false, charBegin, charEnd, 0.5, "unnamed-role");
        actor.setRoleIfAbsent(role);
        actor.setAffiliationIfAbsent(affiliation);
        actor.setGenderIfKnown(gender);
        mention(actor, sentence, start, end, charBegin, charEnd);
        return actor;
    }

    /**
     * Creates an actor for a person known only by role, labelled as the article words it ("the UN
     * special envoy to Yemen" is labelled "UN special envoy to Yemen"), with {@code role} the title
     * words alone.
     */
    public LocalActor unnamedPerson(String role, String label, LocalActor affiliation, Gender gender, int sentence,
                                    int start, int end, int charBegin, int charEnd) {
        LocalActor actor = create(ActorKind.PERSON, label, null, false, charBegin, charEnd, 0.5, "unnamed-role");
        actor.setRoleIfAbsent(role);
        actor.setAffiliationIfAbsent(affiliation);
        actor.setGenderIfKnown(gender);
        mention(actor, sentence, start, end, charBegin, charEnd);
        return actor;
    }

    /**
     * An organisation the speaker rules meet that no list names: a news outlet ("al-Hayat TV"), a
     * document that speaks ("the joint declaration"). One actor per {@code key}; the mention is
     * recorded when {@code sentence} is not negative.
     */
    public LocalActor speakingBody(String name, String key, boolean named, int sentence, int start, int end,
                                   int charBegin, int charEnd, String rule) {
        LocalActor actor = speakingBodies.get(key);
        if (actor == null) {
            actor = create(ActorKind.ORGANIZATION, name, null, named, charBegin, charEnd, 0.6, rule);
            speakingBodies.put(key, actor);
        }
        if (sentence >= 0 && at(sentence, start).isEmpty()) {
            mention(actor, sentence, start, end, charBegin, charEnd);
        }
        return actor;
    }

    /**
     * The parties speaking together ("the two sides said"): one actor named after its members
     * ("Chile and Peru"), without a mention of its own so that it never becomes a party of talks.
     */
    public LocalActor together(List<LocalActor> members, int charBegin, int charEnd) {
        List<String> names = members.stream().map(LocalActor::name).toList();
        String key = "together:" + String.join("|", members.stream().map(LocalActor::id).sorted().toList());
        LocalActor existing = speakingBodies.get(key);
        if (existing != null) {
            return existing;
        }
        String label = names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        LocalActor actor = create(ActorKind.ORGANIZATION, label, null, true, charBegin, charEnd, 0.6, "speaking-together");
        speakingBodies.put(key, actor);
        return actor;
    }

    public Optional<ActorMention> at(int sentence, int token) {
        return Optional.ofNullable(byToken.get(tokenKey(sentence, token)));
    }

    /** Every actor mentioned at a token: a hyphenated pair ("Serbia-Kosovo") names two. */
    public List<LocalActor> allAt(int sentence, int token) {
        List<LocalActor> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence && token >= m.start() && token < m.end() && !out.contains(m.actor())) {
                out.add(m.actor());
            }
        }
        return out;
    }

    public Optional<LocalActor> actorAt(int sentence, int token) {
        return at(sentence, token).map(ActorMention::actor);
    }

    public List<LocalActor> actors() {
        return List.copyOf(actors);
    }

    /** Every mention, in text order. */
    public List<ActorMention> mentions() {
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(ActorMention::charBegin));
        return sorted;
    }

    public List<ActorMention> mentionsIn(int sentence) {
        return mentions().stream().filter(m -> m.sentence() == sentence).toList();
    }

    public List<ActorCandidate> candidates() {
        return actors.stream().map(LocalActor::toCandidate).toList();
    }

    private static long tokenKey(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }
}
