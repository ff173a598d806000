package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.Dependency;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;

/**
 * Finds the delegations at a negotiation: one per party whose delegation, officials or named
 * participants the article mentions, with the people who sat at the table for it, who led it, and
 * its size when stated ("each minister accompanied by two officials").
 */
public final class DelegationFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.NER);
    private static final Pattern LED_BY = Pattern.compile("(?i)\\b(led|headed|chaired)\\s+by\\b");
    private static final Pattern ACCOMPANIED = Pattern.compile(
            "(?i)\\baccompanied by (?:only |just )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final Pattern MEMBERS = Pattern.compile(
            "(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[- ]member delegations?\\b");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Set<String> MEMBER_ROLES = Set.of("negotiator", "delegation", "delegate", "envoy");

    /** A delegation found for one negotiation and one party. */
    public record Match(NegotiationFinder.Match negotiation, LocalActor party, Optional<LocalActor> head,
                        List<LocalActor> members, Optional<Integer> size, int begin, int end, double confidence,
                        String rule) {}

    private final Document doc;

    public DelegationFinder(Document doc) {
        this.doc = doc;
    }

    public List<Match> find(List<NegotiationFinder.Match> negotiations) {
        Map<LocalActor, LocalActor> heads = namedHeads();
        List<Match> out = new ArrayList<>();
        Set<LocalActor> placedNegotiators = new LinkedHashSet<>();
        for (NegotiationFinder.Match n : negotiations) {
            if (n.status() != NegotiationStatus.HELD
                    || n.format().filter(f -> f.equals("phone") || f.equals("video")).isPresent()) {
                continue;
            }
            Map<LocalActor, Set<LocalActor>> members = new LinkedHashMap<>();
            for (LocalActor party : n.delegationParties()) {
                if (n.parties().contains(party)) {
                    members.computeIfAbsent(party, k -> new LinkedHashSet<>());
                }
            }
            for (LocalActor person : n.participants()) {
                LocalActor party = person.party();
                if (party != person && n.parties().contains(party)) {
                    members.computeIfAbsent(party, k -> new LinkedHashSet<>()).add(person);
                }
            }
            // People the article calls negotiators or delegates join their party's delegation at the first meeting that has it.
            for (LocalActor a : doc.actors().actors()) {
                if (a.isPerson() && !placedNegotiators.contains(a) && a.role().map(this::isMemberRole).orElse(false)) {
                    LocalActor party = a.party();
                    if (party != a && n.parties().contains(party) && n.status() == NegotiationStatus.HELD) {
                        members.computeIfAbsent(party, k -> new LinkedHashSet<>()).add(a);
                        placedNegotiators.add(a);
                    }
                }
            }
            for (Map.Entry<LocalActor, LocalActor> h : heads.entrySet()) {
                if (n.parties().contains(h.getKey()) && n.status() == NegotiationStatus.HELD) {
                    members.computeIfAbsent(h.getKey(), k -> new LinkedHashSet<>()).add(h.getValue());
                }
            }
            Optional<Integer> size = size(n);
            for (Map.Entry<LocalActor, Set<LocalActor>> e : members.entrySet()) {
                List<LocalActor> people = List.copyOf(e.getValue());
                Optional<LocalActor> head = Optional.ofNullable(heads.get(e.getKey())).or(() -> head(people));
                out.add(new Match(n, e.getKey(), head, people, size, n.begin(), n.end(),
                        people.isEmpty() ? 0.6 : 0.75, people.isEmpty() ? "named-delegation" : "participants"));
            }
        }
        return out;
    }

    /**
     * "The Armenian delegation, led by X", "the RSF team was headed by Y": who led which party's team,
     * anywhere in the article.
     */
    private Map<LocalActor, LocalActor> namedHeads() {
        Map<LocalActor, LocalActor> heads = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (int k = 0; k < s.size(); k++) {
                if (!s.token(k).lowerLemma().matches("delegation|team|side")) {
                    continue;
                }
                Optional<LocalActor> party = partyOf(s, k);
                Optional<LocalActor> head = leaderOf(s, k);
                if (party.isPresent() && head.isPresent()) {
                    heads.putIfAbsent(party.get(), head.get());
                }
            }
        }
        return heads;
    }

    private Optional<LocalActor> partyOf(Sentence s, int team) {
        Optional<LocalActor> self = doc.actors().actorAt(s.index(), team).filter(a -> !a.isPerson());
        if (self.isPresent()) {
            return Optional.of(self.get().party());
        }
        for (Dependency d : s.childrenOf(team)) {
            if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().startsWith("nmod")) {
                Optional<LocalActor> a = doc.actors().actorAt(s.index(), d.dependent())
                        .filter(x -> !x.isPerson() && x.kind() != ActorKind.PLACE);
                if (a.isPresent()) {
                    return Optional.of(a.get().party());
                }
            }
        }
        return Optional.empty();
    }

    /** The person in "led by P" hanging from the team noun, or from the verb it is the passive subject of. */
    private Optional<LocalActor> leaderOf(Sentence s, int team) {
        List<Integer> leadVerbs = new ArrayList<>();
        for (Dependency d : s.childrenOf(team)) {
            if (d.relation().startsWith("acl") && s.token(d.dependent()).lowerLemma().matches("lead|head|chair")) {
                leadVerbs.add(d.dependent());
            }
        }
        s.headOf(team).filter(d -> d.relation().equals("nsubj:pass") && d.governor() >= 0
                && s.token(d.governor()).lowerLemma().matches("lead|head|chair")).ifPresent(d -> leadVerbs.add(d.governor()));
        for (int verb : leadVerbs) {
            for (Dependency d : s.childrenOf(verb)) {
                if (Arguments.caseOf(s, d.dependent()).filter("by"::equals).isPresent()) {
                    for (int k : s.subtree(d.dependent())) {
                        Optional<LocalActor> p = doc.actors().actorAt(s.index(), k).filter(LocalActor::isPerson);
                        if (p.isPresent()) {
                            return p;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean isMemberRole(String role) {
        for (String word : role.split("\\s+")) {
            if (MEMBER_ROLES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Who led: the one named with "led by", else the only member who holds office. */
    private Optional<LocalActor> head(List<LocalActor> people) {
        for (LocalActor p : people) {
            for (Sentence s : doc.sentences()) {
                String text = doc.text(s, 0, s.size());
                Matcher m = LED_BY.matcher(text);
                if (m.find() && text.indexOf(p.name()) > m.start()) {
                    return Optional.of(p);
                }
            }
        }
        if (people.size() == 1 && people.get(0).role().map(r -> !r.contains("negotiator") && !r.contains("adviser")
                && !r.contains("advisor") && !r.contains("member")).orElse(false)) {
            return Optional.of(people.get(0));
        }
        return Optional.empty();
    }

    private Optional<Integer> size(NegotiationFinder.Match n) {
        for (int index : n.sentences()) {
            Sentence s = doc.sentences().get(index);
            String text = doc.text(s, 0, s.size());
            Matcher m = ACCOMPANIED.matcher(text);
            if (m.find()) {
                return number(m.group(1)).map(x -> x + 1);
            }
            Matcher members = MEMBERS.matcher(text);
            if (members.find()) {
                return number(members.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(String word) {
        if (word.matches("\\d+")) {
            return Optional.of(Integer.parseInt(word));
        }
        int n = NUMBERS.indexOf(word.toLowerCase(java.util.Locale.ROOT));
        if (n >= 0) {
            return Optional.of(n);
        }
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "fifteen" -> Optional.of(15);
            case "twenty" -> Optional.of(20);
            default -> Optional.empty();
        };
    }
}
