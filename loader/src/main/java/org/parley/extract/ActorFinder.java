package org.parley.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.lexicon.Country;
import org.parley.extract.lexicon.CountryForm;
import org.parley.extract.lexicon.CountryMatch;
import org.parley.extract.lexicon.Countries;
import org.parley.extract.lexicon.Gender;
import org.parley.extract.lexicon.Lexicons;
import org.parley.extract.lexicon.Organization;
import org.parley.extract.lexicon.PhraseIndex;
import org.parley.extract.lexicon.Titles;
import org.parley.extract.lexicon.WordClasses;
import org.parley.read.LetterCase;

/**
 * Finds the actors of one article and every place it names them:
 * <ul>
 *   <li>countries, capitals and demonyms from the ISO list, and organisations from Parley's list,
 *       which also correct the NER where it is systematically wrong on news (capitals tagged PERSON);</li>
 *   <li>national bodies named after their country ("the Ethiopian foreign ministry", "the Sudanese
 *       side"), where "side", "government", "officials" and the like stand for the state itself;</li>
 *   <li>people, from the NER, with the title, role and affiliation written before their name
 *       ("Sudanese Foreign Minister X") or in apposition ("Kenya's presidential adviser, X");
 *       surname-only and differently spelled mentions join the full name;</li>
 *   <li>places: locations the NER finds, and capitals used as locations ("talks in Addis Ababa").</li>
 * </ul>
 */
public final class ActorFinder {
    /** What a noun after a country names: the state itself ({@code id} null) or one of its bodies. */
    private record Body(String id, String label, boolean namesPeople) {
        boolean isState() {
            return id == null;
        }

        /** A line of {@code state-bodies}: no value is the state; "people" a state noun naming people; "id|label" a body. */
        static Body of(String phrase, Optional<String> value) {
            if (value.isEmpty() || value.get().equals("people")) {
                return new Body(null, phrase, value.isPresent());
            }
            String[] idAndLabel = value.get().split("\\|", 2);
            return new Body(idAndLabel[0], idAndLabel[1], false);
        }
    }

    /** Words of a movement's name before the country it ends with ("Movement for the Liberation of"), at most. */
    private static final int MAX_MOVEMENT_NAME_WORDS = 8;
    /** Most words between a description of an organisation and its name ("armed Marxist movement"). */
    private static final int MAX_DESCRIPTION_WORDS = 3;

    private final Lexicons lexicons;
    private final WordClasses words;
    private final PhraseIndex<String> collectives = new PhraseIndex<>();
    private final PhraseIndex<Body> bodies = new PhraseIndex<>();

    public ActorFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.words = lexicons.words();
        words.words("collective-actors").orElseThrow().forEach(p -> collectives.add(p, p, false));
        words.words("state-bodies").orElseThrow()
                .forEach(p -> bodies.add(p, Body.of(p, words.value("state-bodies", p)), false));
    }

    public ActorTable find(AnnotatedArticle doc) {
        ActorTable table = new ActorTable();
        Map<String, String> acronyms = acronymsIntroduced(doc);
        for (Sentence s : doc.sentences()) {
            boolean[] taken = new boolean[s.size()];
            lexiconActors(doc, s, table, taken);
            people(doc, s, table, taken);
            groups(doc, s, table, taken, acronyms);
            places(doc, s, table, taken);
            bystanders(s, table, taken);
        }
        armedGroups(doc, table);
        DatelinePlace.find(doc, table, lexicons).ifPresent(d -> table.setDateline(d.city(), d.marked()));
        organisationTitles(doc, table, acronyms);
        headsOfTheWarringState(table);
        return table;
    }

    /**
     * "President X and rebel leader Y signed ...": in an article about a war inside one state (it has
     * an armed side and a country named most), a president or prime minister that no word ties to a
     * state heads that state, unless the article names another holder of that office there.
     */
    private void headsOfTheWarringState(ActorTable table) {
        Optional<LocalActor> namedGroup = onlyNamedArmedGroup(table);
        boolean armedSide = table.actors().stream().anyMatch(a -> a.kind() == ActorKind.ORGANIZATION && a.party() == a
                && (a.key().filter(k -> k.startsWith("org:armed-group-")).isPresent() || namedGroup.filter(a::equals).isPresent()));
        Map<LocalActor, Integer> counts = countryMentions(table);
        Optional<LocalActor> state = mostNamed(counts);
        List<Integer> ranked = counts.values().stream().sorted(Comparator.reverseOrder()).toList();
        // The state a war is inside is the article's subject: named more than once, and twice as often as any
        // other state (an article about two states at war, or with a mediator, does not say whose president is whose).
        if (!armedSide || state.isEmpty() || ranked.get(0) < 2 || ranked.size() > 1 && ranked.get(1) * 2 > ranked.get(0)) {
            return;
        }
        for (LocalActor person : table.actors()) {
            Optional<String> office = person.role().map(Titles::office).map(r -> r.toLowerCase(Locale.ROOT));
            boolean heads = office.filter(o -> !o.equals("leader") && words.contains("head-of-state-titles", o)).isPresent();
            if (!person.isPerson() || person.affiliation().isPresent() || !heads) {
                continue;
            }
            boolean taken = table.actors().stream().anyMatch(other -> other != person && other.isPerson()
                    && other.affiliation().filter(state.get()::equals).isPresent()
                    && other.role().map(Titles::office).map(r -> r.toLowerCase(Locale.ROOT)).equals(office));
            if (!taken) {
                person.setAffiliationIfAbsent(state.get());
            }
        }
    }

    /**
     * "Renamo leader X", "MILF chairman Y", "the rebels' top negotiator Z": a person whose title follows
     * the name of an organisation belongs to it; "chief government negotiator X", to the government
     * the article named last. The person's role phrase took those words before organisations and
     * governments were looked for, hence this pass, which names the organisation too.
     */
    private void organisationTitles(AnnotatedArticle doc, ActorTable table, Map<String, String> acronyms) {
        for (ActorMention m : List.copyOf(table.mentions())) {
            LocalActor person = m.actor();
            if (!person.isPerson() || !person.named() || person.affiliation().isPresent()) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            List<String> title = new ArrayList<>();
            int k = m.start() - 1;
            while (k >= 0 && table.at(s.index(), k).isEmpty()
                    && (lexicons.titles().isHeadWord(s.token(k).lowerWord()) || isModifierWord(s.token(k).lowerWord()))) {
                title.add(0, s.token(k).lowerWord());
                k--;
            }
            if (title.isEmpty() || !lexicons.titles().isHeadWord(title.get(title.size() - 1))) {
                continue;
            }
            if (k > 0 && (s.token(k).pos().equals("POS") || s.token(k).word().matches("['’]s?"))) {
                k--; // "the rebels' top negotiator X"
            }
            Optional<LocalActor> org = k >= 0 ? organisationEndingAt(doc, s, table, k, acronyms) : Optional.empty();
            if (org.isPresent()) {
                person.setAffiliationIfAbsent(org.get());
                person.setRoleIfAbsent(String.join(" ", title));
            } else if (title.stream().anyMatch(w -> words.contains("state-nouns", w))) {
                // "chief government negotiator X": of the government the article named last.
                int at = s.token(m.start()).begin();
                lastCountryBefore(table, at, g -> namesGovernment(doc, g))
                        .or(() -> lastCountryBefore(table, at, g -> g.end() - g.start() > 1))
                        .ifPresent(person::setAffiliationIfAbsent);
            }
        }
    }

    /** The organisation whose name ends at token {@code k}: one already found, or one the NER found there. */
    private Optional<LocalActor> organisationEndingAt(AnnotatedArticle doc, Sentence s, ActorTable table, int k,
                                                     Map<String, String> acronyms) {
        if (table.at(s.index(), k).isEmpty()) {
            doc.entitiesIn(s.index()).stream().filter(e -> e.type().equals("ORGANIZATION") && e.tokenEnd() == k + 1).findFirst()
                    .ifPresent(e -> namedOrganization(s, table, new boolean[s.size()], e.tokenBegin(), e.tokenEnd(), acronyms));
        }
        return table.actorAt(s.index(), k).filter(a -> a.kind() == ActorKind.ORGANIZATION);
    }

    // --- countries, organisations, national bodies --------------------------------------------

    /**
     * "Iran's Supreme National Security Council", "the Russian Security Council": a name of several
     * words that closes a longer capitalised name is another body's, not the one the list knows.
     */
    private static boolean endsALongerName(List<Token> tokens, int start, int end) {
        if (end - start < 2 || start == 0) {
            return false;
        }
        Token before = tokens.get(start - 1);
        return Character.isUpperCase(before.word().charAt(0)) && (before.pos().startsWith("NNP") || before.pos().equals("JJ"));
    }

    private void lexiconActors(AnnotatedArticle doc, Sentence s, ActorTable table, boolean[] taken) {
        List<Token> tokens = s.tokens();
        for (PhraseIndex.Match<Organization> m : lexicons.organizations().index().findAll(tokens, Token::word)) {
            if (anyTaken(taken, m.start(), m.end()) || insidePersonName(doc, s, m.start(), m.end())
                    || endsALongerName(tokens, m.start(), m.end()) || anotherBodysTitle(s, m.start(), m.end(), m.value())) {
                continue;
            }
            Organization org = m.value();
            if (org.kind().equals("seat") && isVenueOfAnEvent(s, m.start(), m.end())) {
                seatAsPlace(s, table, org, m.start(), m.end());
                mark(taken, m.start(), m.end());
                continue;
            }
            LocalActor actor = organization(table, org, charBegin(s, m.start()), charEnd(s, m.end() - 1));
            int end = m.end();
            table.mention(actor, s.index(), m.start(), end, charBegin(s, m.start()), charEnd(s, end - 1));
            mark(taken, m.start(), end);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Optional<PhraseIndex.Match<CountryMatch>> found = lexicons.countries().index().longestAt(tokens, i, Token::word);
            // "roast turkey", "fine china": an alias matched in lower case is a common noun.
            if (found.isEmpty() || anyTaken(taken, i, found.get().end()) || insidePersonName(doc, s, i, found.get().end())
                    || tokens.subList(i, found.get().end()).stream().noneMatch(t -> Character.isUpperCase(t.word().charAt(0)))
                    || found.get().value().form() == CountryForm.CAPITAL && insideOrganizationName(doc, s, i, found.get().end())) {
                continue;
            }
            OptionalInt movement = movementNamedAfter(s, i, taken);
            if (movement.isPresent()) {
                namedOrganization(s, table, taken, movement.getAsInt(), found.get().end(), Map.of());
                i = found.get().end() - 1;
                continue;
            }
            PhraseIndex.Match<CountryMatch> m = found.get();
            Optional<PhraseIndex.Match<CountryMatch>> community = communityAfter(tokens, m);
            if (community.isPresent()) {
                // "Greek Cypriot leader", "Bosnian Serb forces": a community named by two nations' adjectives
                // belongs to neither state, and which of the two is its country differs from phrase to phrase.
                int end = community.get().end();
                boolean plural = community.get().value().form() == CountryForm.PEOPLE;
                // "Greek Cypriots have demanded ...", "the Greek Cypriot delegation": the community, named in the
                // plural or as a team at the table or its leader, is an actor of its own.
                Optional<String> name = plural ? Optional.of(surface(s, m.start(), end))
                        : Countries.plural(surface(s, m.start(), end)).filter(p -> end < tokens.size()
                                && (words.contains("delegation-nouns", tokens.get(end).lemma())
                                || words.contains("leader-nouns", tokens.get(end).lemma())));
                if (name.isPresent()) {
                    String phrase = name.get();
                    LocalActor people = table.forKey("org:" + slug(phrase), ActorKind.ORGANIZATION, phrase,
                            charBegin(s, m.start()), charEnd(s, end - 1), 0.7, "community");
                    table.mention(people, s.index(), m.start(), end, charBegin(s, m.start()), charEnd(s, end - 1));
                }
                mark(taken, m.start(), end);
                i = end - 1;
                continue;
            }
            Optional<LocalActor> ethnic = ethnicCommunity(s, table, m);
            if (ethnic.isPresent()) {
                int start = isEthnic(s, m.start() - 1) ? m.start() - 1 : m.start();
                table.mention(ethnic.get(), s.index(), start, m.end(), charBegin(s, start), charEnd(s, m.end() - 1));
                mark(taken, start, m.end());
                i = m.end() - 1;
                continue;
            }
            countryMention(s, table, taken, m, doc.documentDate());
            i = m.end() - 1;
        }
        hyphenatedCountries(s, table, taken);
    }

    /**
     * "the Secretary-General of the Arab League", "Commonwealth Secretary-General X": an office the
     * list knows by its bare title (the UN's) held in another body, which the words around it name.
     */
    private boolean anotherBodysTitle(Sentence s, int start, int end, Organization office) {
        List<Token> tokens = s.tokens();
        if (!lexicons.titles().isHeadWord(surface(s, start, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "the Secretary-General of the African Union": the capitalised name after "of (the)"
        int from = end + 1 < tokens.size() && tokens.get(end).lowerWord().equals("of")
                ? end + 1 + (tokens.get(end + 1).pos().equals("DT") ? 1 : 0) : -1;
        int to = from;
        while (to >= 0 && to < tokens.size() && Character.isUpperCase(tokens.get(to).word().charAt(0))) {
            to++;
        }
        Optional<String> after = to > from ? Optional.of(surface(s, from, to)) : Optional.empty();
        // "Commonwealth Secretary-General X": a name right before it
        Optional<String> before = start > 0 && tokens.get(start - 1).pos().startsWith("NNP")
                ? Optional.of(tokens.get(start - 1).word()) : Optional.empty();
        // After "of", the phrase names the body itself, whichever it is: the title is the person's in apposition
        // ("the Secretary-General of the United Nations, X, said"), not an actor of its own.
        return after.isPresent() || before.filter(name -> !namesBodyOf(name, office)).isPresent();
    }

    /**
     * "signed at the Elysee", "talks in the Kremlin", "at a Downing Street reception": a seat of government
     * after a preposition of place, where it tells where an act or an event was, is the building, not the
     * government it stands for ("a senior official at the Elysee" works for the government).
     */
    private boolean isVenueOfAnEvent(Sentence s, int start, int end) {
        if (!isLocative(s, start, "venue-prepositions", true)) {
            return false;
        }
        int head = end - 1;
        Optional<Dependency> up = s.headOf(head);
        if (up.isPresent() && up.get().relation().equals("compound") && up.get().governor() >= 0) {
            head = up.get().governor(); // "a Downing Street reception": the occasion it names
            up = s.headOf(head);
        }
        if (up.isEmpty() || up.get().governor() < 0 || !List.of("obl", "nmod").contains(up.get().relation())) {
            return false;
        }
        Token over = s.token(up.get().governor());
        return over.isVerb() || words.contains("event-nouns", over.lemma()) || words.contains("agreement-nouns", over.lemma());
    }

    private void seatAsPlace(Sentence s, ActorTable table, Organization org, int start, int end) {
        int begin = charBegin(s, start);
        int charEnd = charEnd(s, end - 1);
        LocalActor place = table.forKey("place:" + slug(org.name()), ActorKind.PLACE, org.name(), begin, charEnd, 0.8,
                "seat-as-place");
        org.country().flatMap(lexicons.countries()::byCode).ifPresent(c -> place.setAffiliationIfAbsent(
                table.forKey(c.key(), ActorKind.COUNTRY, c.name(), begin, charEnd, 0.9, "country-list")));
        table.mention(place, s.index(), start, end, begin, charEnd);
    }

    /** Whether a name is the body an office belongs to ("U.N." for the UN Secretary-General), or the office. */
    private boolean namesBodyOf(String name, Organization office) {
        return lexicons.organizations().lookup(name).map(Organization::id)
                .filter(id -> id.equals(office.id()) || office.partOf().filter(id::equals).isPresent()).isPresent();
    }

    /** The state a capital stood for on the day an article was written: "Moscow" in 1979 is the Soviet Union's. */
    private Country stateOfCapitalOn(Country today, Optional<java.time.LocalDate> written) {
        Optional<String[]> former = words.value("former-capitals", today.code()).map(v -> v.split("\\s+"));
        if (former.isEmpty() || written.isEmpty() || !written.get().isBefore(java.time.LocalDate.parse(former.get()[1]))) {
            return today;
        }
        return lexicons.countries().byCode(former.get()[0]).orElse(today);
    }

    /**
     * "ethnic Serbs", "the ethnic Serb delegation": a people named as an ethnic group is a community of its
     * own, not the state of that name; and once the article has named it so, "the Serbs" are that community
     * too (the state is still "Serbia" and "the Serbian government").
     */
    private Optional<LocalActor> ethnicCommunity(Sentence s, ActorTable table, PhraseIndex.Match<CountryMatch> m) {
        CountryForm form = m.value().form();
        String key = "org:ethnic-" + m.value().country().code().toLowerCase(Locale.ROOT);
        if (isEthnic(s, m.start() - 1) && (form == CountryForm.DEMONYM || form == CountryForm.PEOPLE)) {
            String written = surface(s, m.start(), m.end());
            String people = form == CountryForm.PEOPLE ? written : Countries.plural(written).orElse(written);
            return Optional.of(table.forKey(key, ActorKind.ORGANIZATION, "ethnic " + people, charBegin(s, m.start() - 1),
                    charEnd(s, m.end() - 1), 0.7, "community"));
        }
        return form == CountryForm.PEOPLE ? table.byKey(key) : Optional.empty();
    }

    private static boolean isEthnic(Sentence s, int k) {
        return k >= 0 && s.token(k).word().equals("ethnic");
    }

    /** The second of two nations' adjectives written as one ("Turkish Cypriot"), when {@code first} is followed by one. */
    private Optional<PhraseIndex.Match<CountryMatch>> communityAfter(List<Token> tokens, PhraseIndex.Match<CountryMatch> first) {
        CountryForm form = first.value().form();
        if (form != CountryForm.DEMONYM && form != CountryForm.NAME || first.end() >= tokens.size()) {
            return Optional.empty();
        }
        return lexicons.countries().index().longestAt(tokens, first.end(), Token::word)
                .filter(second -> second.value().form() == CountryForm.DEMONYM || second.value().form() == CountryForm.PEOPLE)
                .filter(second -> !second.value().country().code().equals(first.value().country().code()));
    }

    private LocalActor organization(ActorTable table, Organization org, int begin, int end) {
        LocalActor actor = table.forKey(org.key(), ActorKind.ORGANIZATION, org.name(), begin, end, 0.9, "organization-list");
        org.country().flatMap(lexicons.countries()::byCode).ifPresent(c -> actor.setAffiliationIfAbsent(
                table.forKey(c.key(), ActorKind.COUNTRY, c.name(), begin, end, 0.9, "country-list")));
        org.partOf().flatMap(lexicons.organizations()::byId).ifPresent(parent -> actor.setAffiliationIfAbsent(
                organization(table, parent, begin, end)));
        return actor;
    }

    private void countryMention(Sentence s, ActorTable table, boolean[] taken, PhraseIndex.Match<CountryMatch> m,
                                Optional<java.time.LocalDate> written) {
        CountryMatch cm = m.value().form() == CountryForm.CAPITAL
                ? new CountryMatch(stateOfCapitalOn(m.value().country(), written), CountryForm.CAPITAL) : m.value();
        int begin = charBegin(s, m.start());
        int end = charEnd(s, m.end() - 1);
        LocalActor country = table.forKey(cm.country().key(), ActorKind.COUNTRY, cm.country().name(), begin, end, 0.9,
                "country-list");
        int next = m.end();
        if (next < s.size() && s.token(next).word().replace('’', '\'').equals("'s")) {
            next++;
        }
        Optional<PhraseIndex.Match<Body>> body = next < s.size() && cm.form() != CountryForm.PEOPLE
                ? bodies.longestAt(s.tokens(), next, t -> t.lowerLemma()) : Optional.empty();
        // "Israeli officials" speak for the state; "an Israeli official" is one person, resolved as a role.
        if (body.isPresent() && body.get().value().namesPeople()
                && !s.token(body.get().end() - 1).pos().equals("NNS")) {
            body = Optional.empty();
        }
        if (body.isPresent() && !(body.get().value().isState() && cm.form() == CountryForm.NAME && next == m.end()
                && body.get().value().label().equals("state"))) {
            Body b = body.get().value();
            int bodyEnd = body.get().end();
            if (b.isState()) {
                table.mention(country, s.index(), m.start(), bodyEnd, begin, charEnd(s, bodyEnd - 1));
            } else {
                String key = "org:" + cm.country().code().toLowerCase(Locale.ROOT) + "-" + b.id();
                LocalActor organ = table.forKey(key, ActorKind.ORGANIZATION, cm.country().demonym() + " " + b.label(),
                        begin, charEnd(s, bodyEnd - 1), 0.85, "national-body");
                organ.setAffiliationIfAbsent(country);
                table.mention(organ, s.index(), m.start(), bodyEnd, begin, charEnd(s, bodyEnd - 1));
            }
            mark(taken, m.start(), bodyEnd);
            return;
        }
        Optional<String> capitalNamed = capitalWrittenAfter(s, cm, next);
        if (capitalNamed.isPresent()) {
            // "the Kazakh capital", "Ghana's capital": the city, not the state.
            int capitalEnd = next + 1;
            LocalActor place = table.forKey("place:" + slug(capitalNamed.get()), ActorKind.PLACE, capitalNamed.get(),
                    begin, charEnd(s, capitalEnd - 1), 0.8, "capital-of-country");
            place.setAffiliationIfAbsent(country);
            table.mention(place, s.index(), m.start(), capitalEnd, begin, charEnd(s, capitalEnd - 1));
            mark(taken, m.start(), capitalEnd);
            return;
        }
        boolean venueOfEvent = cm.form() == CountryForm.CAPITAL && m.end() < s.size() && isEventWord(s.token(m.end()));
        if (cm.form() == CountryForm.CAPITAL && (isLocative(s, m.start()) || venueOfEvent)) {
            LocalActor place = table.forKey("place:" + slug(m.phrase()), ActorKind.PLACE,
                    LetterCase.titleCaseIfShouting(s.tokens().subList(m.start(), m.end()).stream().map(Token::word)
                            .reduce((a, b2) -> a + " " + b2).orElse("")),
                    begin, end, 0.85, "capital-as-place");
            place.setAffiliationIfAbsent(country);
            table.mention(place, s.index(), m.start(), m.end(), begin, end);
        } else if (cm.form() == CountryForm.PLACE) {
            LocalActor place = table.forKey("place:" + slug(m.phrase()), ActorKind.PLACE,
                    LetterCase.titleCaseIfShouting(surface(s, m.start(), m.end())), begin, end, 0.85, "place-list");
            place.setAffiliationIfAbsent(country);
            table.mention(place, s.index(), m.start(), m.end(), begin, end);
        } else {
            table.mention(country, s.index(), m.start(), m.end(), begin, end);
        }
        mark(taken, m.start(), m.end());
    }

    /** "the Kazakh capital", "Ghana's capital": the capital city the country's adjective or possessive names. */
    private Optional<String> capitalWrittenAfter(Sentence s, CountryMatch cm, int next) {
        boolean adjective = cm.form() == CountryForm.DEMONYM || cm.form() == CountryForm.NAME;
        if (!adjective || next >= s.size() || !s.token(next).lowerLemma().equals("capital") || !s.token(next).isNoun()) {
            return Optional.empty();
        }
        return lexicons.countries().capitalOf(cm.country().code());
    }

    /** "the Lome talks", "the Oslo accord": a word for a negotiation or what it concluded. */
    private boolean isEventWord(Token t) {
        return t.isNoun() && (words.contains("event-nouns", t.lemma()) || words.contains("conditional-event-nouns", t.lemma())
                || words.contains("agreement-nouns", t.lemma()));
    }

    /** "Armenia-Azerbaijan talks", "Armenian-Azerbaijani": a token joining two country names with a hyphen. */
    private void hyphenatedCountries(Sentence s, ActorTable table, boolean[] taken) {
        for (Token t : s.tokens()) {
            if (taken[t.index()] || !t.word().contains("-")) {
                continue;
            }
            String[] parts = t.word().split("[-–]");
            List<CountryMatch> found = new ArrayList<>();
            for (String part : parts) {
                lexicons.countries().lookup(part).ifPresent(found::add);
            }
            if (found.size() >= 2 && found.size() == parts.length) {
                for (CountryMatch cm : found) {
                    LocalActor c = table.forKey(cm.country().key(), ActorKind.COUNTRY, cm.country().name(), t.begin(),
                            t.end(), 0.85, "country-list");
                    table.mention(c, s.index(), t.index(), t.index() + 1, t.begin(), t.end());
                }
                taken[t.index()] = true;
            }
        }
    }

    // --- people --------------------------------------------------------------------------------

    private void people(AnnotatedArticle doc, Sentence s, ActorTable table, boolean[] taken) {
        for (EntityMention e : doc.entitiesIn(s.index())) {
            if (!e.type().equals("PERSON") || anyTaken(taken, e.tokenBegin(), e.tokenEnd()) || namesEquipment(s, e)) {
                continue;
            }
            addPerson(s, table, taken, e.tokenBegin(), e.tokenEnd(), 0.85, "ner-person");
        }
        // Names the NER missed: a capitalised word right after a title ("President Okonkwo"),
        // or a word that is the surname of someone the article already named.
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (taken[i] || !t.isProperNoun() || !startsAName(t.word())) {
                continue;
            }
            int end = i + 1;
            while (end < s.size() && !taken[end] && s.token(end).isProperNoun() && startsAName(s.token(end).word())) {
                end++;
            }
            String candidate = surface(s, i, end);
            boolean afterTitle = i > 0 && (lexicons.titles().isHeadWord(s.token(i - 1).word())
                    || isHonorific(s.token(i - 1).word()));
            boolean knownSurname = knownPerson(table, candidate).isPresent();
            boolean notLexicon = lexicons.titles().index().lookup(candidate).isEmpty()
                    && !lexicons.titles().isHeadWord(s.token(end - 1).word());
            if ((afterTitle || knownSurname) && notLexicon) {
                addPerson(s, table, taken, i, end, afterTitle ? 0.7 : 0.75, afterTitle ? "title-then-name" : "known-surname");
            }
            i = end - 1;
        }
    }

    /** "Leopard tanks", "Patriot missiles": a name that modifies a word for arms names a model, not a person. */
    private boolean namesEquipment(Sentence s, EntityMention e) {
        if (e.tokenEnd() >= s.size()) {
            return false;
        }
        Token next = s.token(e.tokenEnd());
        return next.isNoun() && !next.isProperNoun() && words.contains("equipment-nouns", next.lemma());
    }

    /** A capitalised word, or one opened by a lower-case Arabic article ("al-Hadi", "el-Amin"). */
    private static boolean startsAName(String word) {
        return Character.isUpperCase(word.charAt(0)) || word.matches("(?:al|el|ad|ar|as|at|az|an|ash)-\\p{Lu}.*");
    }

    private void addPerson(Sentence s, ActorTable table, boolean[] taken, int start, int end, double confidence,
                           String rule) {
        // Honorifics and possessives sometimes sit inside the NER span.
        while (start < end && isHonorific(s.token(start).word())) {
            start++;
        }
        while (end > start && (s.token(end - 1).word().replace('’', '\'').equals("'s") || s.token(end - 1).isPunctuation())) {
            end--;
        }
        if (start >= end || !hasProperNoun(s, start, end)) {
            return;
        }
        String name = Names.clean(surface(s, start, end));
        if (name.isBlank() || lexicons.countries().lookup(name).isPresent() || lexicons.organizations().lookup(name).isPresent()
                || lexicons.titles().index().lookup(name).isPresent()) {
            return;
        }
        int begin = charBegin(s, start);
        int charEnd = charEnd(s, end - 1);
        LocalActor person = knownPerson(table, name).orElse(null);
        if (person == null) {
            person = table.create(ActorKind.PERSON, name, null, true, begin, charEnd, confidence, rule);
        } else {
            boolean fuller = Names.words(name).size() > Names.words(person.name()).size();
            person.addName(name, fuller);
            person.raiseConfidence(confidence);
        }
        table.mention(person, s.index(), start, end, begin, charEnd);
        mark(taken, start, end);
        Gender honorific = start > 0 ? honorificGender(s.token(start - 1).word()) : Gender.UNKNOWN;
        person.setGenderIfKnown(honorific);
        describeFromLeft(s, table, person, start, taken);
        describeFromApposition(s, table, person, start, end);
        describeFromSharedTitle(s, table, person, start);
        describeFromOfPhrase(s, table, person, start, end);
    }

    /**
     * "President X of Peru", "Chairman Y of the Front": a titled person's state or organisation
     * written after the name. Only where the "of" phrase ends there: in "X of Peru's ruling party"
     * the country names someone else's body, and an untitled "X of Peru" may be anyone from Peru.
     * "Foreign Ministers A of Peru and B of Chile": a plural title before a list titles each name in it.
     */
    private void describeFromOfPhrase(Sentence s, ActorTable table, LocalActor person, int nameStart, int nameEnd) {
        boolean pastOffice = person.role().stream().flatMap(r -> Arrays.stream(r.split(" ")))
                .anyMatch(w -> words.contains("past-office-modifiers", w));
        boolean titled = person.role().isPresent() || inListUnderPluralTitle(s, table, nameStart);
        if (!titled || pastOffice || nameEnd + 1 >= s.size()
                || !s.token(nameEnd).lowerWord().equals("of")) {
            return;
        }
        int at = s.token(nameEnd + 1).lowerWord().equals("the") ? nameEnd + 2 : nameEnd + 1;
        Optional<ActorMention> body = table.at(s.index(), at)
                .filter(m -> m.start() == at && !m.actor().isPerson() && m.actor().kind() != ActorKind.PLACE);
        if (body.isEmpty()) {
            return;
        }
        int after = body.get().end();
        boolean phraseEnds = after >= s.size() || !s.token(after).isNoun() && !s.token(after).pos().equals("POS")
                && !s.token(after).word().replace('’', '\'').startsWith("'");
        if (phraseEnds) {
            person.setAffiliationIfAbsent(body.get().actor());
        }
    }

    /** Whether only names, their "of" phrases, commas and "and" stand between a plural title and this name. */
    private boolean inListUnderPluralTitle(Sentence s, ActorTable table, int nameStart) {
        int k = nameStart - 1;
        while (k >= 0 && (table.at(s.index(), k).isPresent() || s.token(k).lowerWord().equals("and")
                || s.token(k).lowerWord().equals("of") || s.token(k).word().equals(","))) {
            k--;
        }
        return k >= 0 && k < nameStart - 1 && isPluralTitle(s.token(k));
    }

    /** "presidents", and "Ministers" that the tagger reads as a singular proper noun. */
    private boolean isPluralTitle(Token t) {
        if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
            return lexicons.titles().isHeadWord(t.lowerLemma());
        }
        String w = t.lowerWord();
        return t.pos().equals("NNP") && w.endsWith("s") && lexicons.titles().isHeadWord(w.substring(0, w.length() - 1));
    }

    /** The person the article already knows under a compatible name, most recent first. */
    private static Optional<LocalActor> knownPerson(ActorTable table, String name) {
        List<LocalActor> actors = table.actors();
        for (int i = actors.size() - 1; i >= 0; i--) {
            LocalActor a = actors.get(i);
            if (!a.isPerson() || !a.named()) {
                continue;
            }
            if (Names.compatible(a.name(), name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** "Iranian Foreign Minister X", "UN human rights chief X": the role words written just before a name. */
    private void describeFromLeft(Sentence s, ActorTable table, LocalActor person, int nameStart, boolean[] taken) {
        int i = nameStart - 1;
        while (i >= 0 && isHonorific(s.token(i).word())) {
            i--;
        }
        int roleEnd = i + 1;
        int roleStart = roleEnd;
        boolean titled = false;
        while (i >= 0) {
            Token t = s.token(i);
            String lower = t.lowerWord();
            boolean roleWord = lexicons.titles().isHeadWord(lower) || isModifierWord(lower) || words.contains("office-words", lower);
            boolean actorWord = table.at(s.index(), i).map(m -> !m.actor().isPerson()).orElse(false);
            boolean possessive = lower.replace('’', '\'').equals("'s");
            // "Treasury Secretary", "Trade Representative", "foreign policy chief": a portfolio named before the title.
            boolean portfolio = titled && (t.isNoun() && !t.ner().equals("DATE") || t.pos().startsWith("JJ"))
                    && table.at(s.index(), i).isEmpty();
            if (roleWord || actorWord || possessive || portfolio || postsPreposition(s, table, i)) {
                titled = titled || lexicons.titles().isHeadWord(lower);
                roleStart = i;
                i--;
            } else {
                break;
            }
        }
        applyRole(s, table, person, roleStart, roleEnd);
        for (int k = roleStart; k < roleEnd; k++) {
            taken[k] = true;
        }
    }

    /** "Kenya's presidential adviser, X" and "X, an adviser to the president": a title in apposition. */
    private void describeFromApposition(Sentence s, ActorTable table, LocalActor person, int nameStart, int nameEnd) {
        for (Dependency d : s.dependencies()) {
            if (!d.relation().equals("appos")) {
                continue;
            }
            int titleHead;
            if (d.dependent() >= nameStart && d.dependent() < nameEnd) {
                titleHead = d.governor();
            } else if (d.governor() >= nameStart && d.governor() < nameEnd) {
                titleHead = d.dependent();
            } else {
                continue;
            }
            if (titleHead < 0 || !lexicons.titles().isHeadWord(s.token(titleHead).word())) {
                continue;
            }
            List<Integer> sub = s.subtree(titleHead).stream()
                    .filter(k -> k < nameStart || k >= nameEnd)
                    .filter(k -> k <= titleHead || s.token(k).lowerWord().equals("to") || k < titleHead + 6)
                    .toList();
            int start = sub.stream().min(Integer::compare).orElse(titleHead);
            int end = titleHead + 1;
            for (int k : sub) {
                if (k > titleHead && !s.token(k).isPunctuation() && (k < nameStart || k >= nameEnd)) {
                    end = Math.max(end, k + 1);
                }
                if (k > titleHead && s.token(k).isPunctuation()) {
                    break;
                }
            }
            applyRole(s, table, person, start, Math.min(end, nameStart > titleHead ? nameStart : end));
        }
    }

    /**
     * "The presidents of Peru, X, and of Chile, Y": a plural title shared out over "of" phrases, each
     * country followed by its holder in apposition. Between the title and the country only the earlier
     * shares may stand (countries, the people already named, "of", "and" and commas).
     */
    private void describeFromSharedTitle(Sentence s, ActorTable table, LocalActor person, int nameStart) {
        int comma = nameStart - 1;
        if (comma < 3 || !s.token(comma).word().equals(",")) {
            return;
        }
        Optional<ActorMention> country = table.at(s.index(), comma - 1)
                .filter(m -> m.actor().kind() == ActorKind.COUNTRY && m.end() == comma);
        if (country.isEmpty() || country.get().start() < 2 || !s.token(country.get().start() - 1).lowerWord().equals("of")) {
            return;
        }
        for (int i = country.get().start() - 2; i >= 0 && i >= country.get().start() - 40; i--) {
            Token t = s.token(i);
            if (t.pos().equals("NNS") && lexicons.titles().isHeadWord(t.lowerLemma())) {
                if (!s.token(i + 1).lowerWord().equals("of")) {
                    return; // "Presidents X of Peru, Y of Chile": each name's own "of" phrase tells its state
                }
                List<String> role = new ArrayList<>(List.of(t.lowerLemma()));
                for (int k = i - 1; k >= 0 && isModifierWord(s.token(k).lowerWord()); k--) {
                    role.add(0, s.token(k).lowerWord());
                }
                String title = String.join(" ", role);
                person.setRoleIfAbsent(title);
                person.setGenderIfKnown(Titles.genderOf(title));
                person.setAffiliationIfAbsent(country.get().actor());
                return;
            }
            String lower = t.lowerWord();
            boolean earlierShare = lower.equals("of") || lower.equals("and") || lower.equals(",")
                    || table.at(s.index(), i).isPresent();
            if (!earlierShare) {
                return;
            }
        }
    }

    /** "US Ambassador to Ghana Mary Lott": the preposition between an envoy's title and the post's country. */
    private boolean postsPreposition(Sentence s, ActorTable table, int i) {
        int next = EnvoyPost.countryAfter(s, i);
        return EnvoyPost.isPostPreposition(s, i, words) && next < s.size()
                && table.at(s.index(), next).map(m -> m.actor().kind() == ActorKind.COUNTRY).orElse(false);
    }

    private void applyRole(Sentence s, ActorTable table, LocalActor person, int start, int end) {
        if (start >= end) {
            return;
        }
        List<String> roleWords = new ArrayList<>();
        LocalActor affiliation = null;
        for (int k = start; k < end; k++) {
            Token t = s.token(k);
            Optional<ActorMention> m = table.at(s.index(), k);
            if (m.isPresent() && !m.get().actor().isPerson() && m.get().actor().kind() != ActorKind.PLACE) {
                if (EnvoyPost.isPostCountry(s, m.get().start(), words)) {
                    continue; // the country of the post, not the holder's (every word of "South Sudan")
                }
                if (affiliation == null || affiliation.kind() == ActorKind.COUNTRY
                        && m.get().actor().kind() == ActorKind.ORGANIZATION) {
                    affiliation = m.get().actor();
                }
                continue;
            }
            String lower = t.lowerWord();
            if (lower.replace('’', '\'').equals("'s") || t.isPunctuation() || lower.equals("the") || lower.equals("a")
                    || lower.equals("an")) {
                continue;
            }
            if (lexicons.titles().isHeadWord(lower) || isModifierWord(lower) || words.contains("office-words", lower)
                    || lower.equals("to") || lower.equals("for")) {
                roleWords.add(lower);
            }
        }
        while (!roleWords.isEmpty() && !lexicons.titles().isHeadWord(roleWords.get(roleWords.size() - 1))) {
            roleWords.remove(roleWords.size() - 1);
        }
        while (!roleWords.isEmpty() && (roleWords.get(0).equals("of") || roleWords.get(0).equals("to"))) {
            roleWords.remove(0);
        }
        if (roleWords.isEmpty() && affiliation != null && affiliation.kind() == ActorKind.ORGANIZATION) {
            // "UN Secretary-General X": an office the list knows as an organisation is also X's title,
            // so that "the secretary-general" later in the article is X.
            String[] office = affiliation.name().toLowerCase(Locale.ROOT).split("\\s+");
            if (lexicons.titles().isHeadWord(office[office.length - 1])) {
                roleWords.add(office[office.length - 1]);
            }
        }
        if (!roleWords.isEmpty()) {
            String role = String.join(" ", roleWords);
            person.setRoleIfAbsent(role);
            person.setGenderIfKnown(Titles.genderOf(role));
        }
        // "former Kenyan president X" mediates, observes or comments for no state: the office is behind them.
        boolean pastOffice = roleWords.stream().anyMatch(w -> words.contains("past-office-modifiers", w));
        if (affiliation != null && !pastOffice) {
            person.setAffiliationIfAbsent(affiliation);
        }
    }

    private boolean isModifierWord(String lower) {
        return lexicons.titles().modifiers().lookup(lower).isPresent();
    }

    // --- groups ---------------------------------------------------------------------------------

    /**
     * Actors that are not named states, organisations or people: the non-state side of a conflict
     * ("the rebels", "Syrian opposition" — one actor per article and country), a state's government
     * written without its country ("the government", the country whose government the article last
     * named), groups of states ("world powers", "the international community"), and organisations
     * the NER finds that no list has (news agencies, armed groups).
     */
    /** "the Secretary of State": the tagger's organisation ("State") is the last words of a title, not an actor. */
    private boolean endsATitle(Sentence s, int begin, int end) {
        for (int from = Math.max(0, begin - 3); from < begin; from++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = from; k < end; k++) {
                phrase.append(k == from ? "" : " ").append(s.token(k).lowerWord());
            }
            if (lexicons.titles().index().lookup(phrase.toString()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void groups(AnnotatedArticle doc, Sentence s, ActorTable table, boolean[] taken, Map<String, String> acronyms) {
        for (PhraseIndex.Match<String> m : collectives.findAll(s.tokens(), Token::lowerLemma)) {
            if (anyTaken(taken, m.start(), m.end())) {
                continue;
            }
            String label = surface(s, m.start(), m.end());
            LocalActor group = table.forKey("org:" + slug(m.phrase()), ActorKind.ORGANIZATION, label,
                    charBegin(s, m.start()), charEnd(s, m.end() - 1), 0.7, "collective-actor");
            table.mention(group, s.index(), m.start(), m.end(), charBegin(s, m.start()), charEnd(s, m.end() - 1));
            mark(taken, m.start(), m.end());
        }
        civilSocietyGroups(s, table, taken);
        for (Token t : s.tokens()) {
            int k = t.index();
            if (!taken[k] && t.isNoun() && words.contains("state-nouns", t.lemma()) && modifyingCountry(s, table, k).isEmpty()
                    && !CountedAsTwo.test(words, s, k)) {
                Optional<Integer> after = countryWrittenAfter(s, table, k);
                if (after.isPresent()) {
                    int end = after.get() + 1;
                    // The mention spans "government of Peru", so that a later "the government" is Peru's too.
                    table.mention(table.actorAt(s.index(), after.get()).orElseThrow(), s.index(), k, end, t.begin(),
                            s.token(after.get()).end());
                    taken[k] = true;
                    continue;
                }
                if (insideOrganizationName(doc, s, k, k + 1)) {
                    continue; // "the Government Communication Office" names no state
                }
                Optional<LocalActor> state = whoseState(s, table, k)
                        .or(() -> lastCountryBefore(table, t.begin(), m -> namesGovernment(doc, m)))
                        .or(() -> countryOfPersonBefore(table, s.index(), k))
                        .or(() -> lastCountryBefore(table, t.begin(), m -> namesABodyOrPeople(doc, m)))
                        .or(() -> mostNamedCountryBefore(table, t.begin()));
                state.ifPresent(c -> table.mention(c, s.index(), k, k + 1, t.begin(), t.end()));
                taken[k] = state.isPresent();
            }
        }
        for (EntityMention e : doc.entitiesIn(s.index())) {
            if (!e.type().equals("ORGANIZATION") || anyTaken(taken, e.tokenBegin(), e.tokenEnd())
                    || isLocative(s, e.tokenBegin()) || endsATitle(s, e.tokenBegin(), e.tokenEnd())) {
                continue;
            }
            namedOrganization(s, table, taken, e.tokenBegin(), e.tokenEnd(), acronyms);
        }
        // An acronym the article introduced names its organisation even where the NER misses it; so does
        // the last word of a name, with a capital after "the" ("the Front").
        for (Token t : s.tokens()) {
            int k = t.index();
            boolean shortForm = k > 0 && t.pos().equals("NNP") && s.token(k - 1).lowerWord().equals("the")
                    && shortFormOfAnEarlierName(table, t.word(), t.begin()).isPresent();
            if (!taken[k] && (acronyms.containsKey(t.word()) || shortForm)) {
                namedOrganization(s, table, taken, k, k + 1, acronyms);
            }
        }
    }

    /**
     * "church groups appealed ...", "aid agencies warned ...", "farmers' unions want ...": an
     * unnamed plural group of citizens, that a modifier describes as such (a word of
     * {@code civil-group-descriptors}), speaks and demands as one actor, one per description. Armed
     * groups are the armed-group rule's; a state's or someone's ("Russian intelligence agencies",
     * "their unions") are not groups of their own. People of a cause ("Greek nationalists",
     * "protesters", a word of {@code partisan-nouns}) are a group whatever nationality stands before them:
     * they speak for no state.
     */
    private void civilSocietyGroups(Sentence s, ActorTable table, boolean[] taken) {
        for (Token t : s.tokens()) {
            int k = t.index();
            boolean partisan = words.contains("partisan-nouns", t.lemma());
            boolean trade = words.contains("occupation-nouns", t.lemma()) && speaksOrAsks(s, k);
            if (taken[k] || !t.pos().equals("NNS") || !words.contains("civil-group-nouns", t.lemma()) && !partisan && !trade
                    || armedGroupPhrase(s, k)) {
                continue;
            }
            List<Integer> modifiers = s.childrenOf(k).stream().filter(d -> d.dependent() < k)
                    .filter(d -> List.of("compound", "amod", "nmod:poss").contains(d.relation()))
                    .flatMap(d -> s.subtree(d.dependent()).stream()).sorted().toList();
            // "Russian intelligence agencies" are the state's, "their unions" someone's: no group of their own.
            boolean owned = modifiers.stream().anyMatch(m -> taken[m] && !partisan || s.token(m).isPronoun());
            boolean civil = partisan || trade || modifiers.stream().map(s::token).anyMatch(m -> words.contains("civil-group-descriptors", m.lemma())
                    || words.contains("civil-group-descriptors", m.lowerWord()));
            if (modifiers.isEmpty() && !partisan && !trade || owned || !civil) {
                continue;
            }
            int start = modifiers.isEmpty() ? k : modifiers.get(0);
            String label = surface(s, start, k + 1);
            LocalActor group = table.forKey("org:group:" + slug(label), ActorKind.ORGANIZATION, label,
                    charBegin(s, start), charEnd(s, k), 0.6, "civil-society-group");
            table.mention(group, s.index(), start, k + 1, charBegin(s, start), charEnd(s, k));
            mark(taken, start, k + 1);
        }
    }

    /**
     * "Local traders want ...", "farmers said ...", "lawmakers demanded ...": people named by their trade
     * are a group of their own where they are the ones who speak or ask (not "the talks cost traders
     * dearly").
     */
    private boolean speaksOrAsks(Sentence s, int k) {
        return isQuotedSpeaker(s, k) || s.headOf(k).filter(d -> d.governor() >= 0 && d.relation().equals("nsubj"))
                .map(d -> s.token(d.governor()).lemma())
                .filter(v -> ASKING_VERBS.stream().anyMatch(c -> words.contains(c, v))).isPresent();
    }

    private static final List<String> ASKING_VERBS = List.of("demand-verbs", "call-verbs", "appeal-verbs", "wish-verbs",
            "wanting-verbs", "insistence-verbs", "warning-verbs", "urging-verbs");

    /**
     * '"...," added one shopper in the market', 'a nurse told the radio': someone the text quotes without a
     * name, described by what they are or do. Each is a person of their own, of no side, known only by
     * that description; only the speaker of a verb of quoting is one, not every nurse the text mentions.
     */
    private void bystanders(Sentence s, ActorTable table, boolean[] taken) {
        for (Token t : s.tokens()) {
            int k = t.index();
            if (taken[k] || !t.pos().equals("NN") || !words.contains("bystander-nouns", t.lemma()) || !isQuotedSpeaker(s, k)) {
                continue;
            }
            Optional<Integer> determiner = s.childrenOf(k).stream()
                    .filter(d -> d.relation().matches("det|nummod") && d.dependent() < k
                            && s.token(d.dependent()).lowerWord().matches("one|a|an|another"))
                    .map(Dependency::dependent).findFirst();
            if (determiner.isEmpty()) {
                continue;
            }
            int start = determiner.get();
            if (anyTaken(taken, start, k)) {
                continue; // "a Chilean farmer": a national's word for a side, which the nationality rules read
            }
            LocalActor person = table.create(ActorKind.PERSON, surface(s, start, k + 1), null, false,
                    charBegin(s, start), charEnd(s, k), 0.6, "bystander");
            table.mention(person, s.index(), start, k + 1, charBegin(s, start), charEnd(s, k));
            mark(taken, start, k + 1);
        }
    }

    /**
     * The subject of a verb of quoting, or, after the verb ('"...," said one nurse'), what the parser took
     * for its object when the verb has no subject of its own (not whom someone told something).
     */
    private boolean isQuotedSpeaker(Sentence s, int k) {
        Optional<Dependency> up = s.headOf(k).filter(d -> d.governor() >= 0
                && words.contains("quote-verbs", s.token(d.governor()).lemma()));
        if (up.isEmpty()) {
            return false;
        }
        int verb = up.get().governor();
        return up.get().relation().equals("nsubj")
                || up.get().relation().equals("obj") && verb < k && s.children(verb, "nsubj").isEmpty();
    }

    private void namedOrganization(Sentence s, ActorTable table, boolean[] taken, int start, int end,
                                   Map<String, String> acronyms) {
        String written = surface(s, start, end);
        String name = acronyms.getOrDefault(written, written);
        int begin = charBegin(s, start);
        int last = charEnd(s, end - 1);
        LocalActor org = shortFormOfAnEarlierName(table, written, begin)
                .or(() -> lexicons.organizations().lookup(name).map(known -> organization(table, known, begin, last)))
                .orElseGet(() -> table.forKey("org:ner:" + slug(name), ActorKind.ORGANIZATION, name, begin, last, 0.6,
                        "ner-organization"));
        table.mention(org, s.index(), start, end, begin, last);
        mark(taken, start, end);
    }

    /**
     * "The Patriotic Front ... The Front demanded ...": the last word of an organisation's name, written
     * alone with a capital (a word of {@code body-anaphor-nouns}), is that organisation named again.
     */
    private Optional<LocalActor> shortFormOfAnEarlierName(ActorTable table, String written, int before) {
        if (written.contains(" ") || !words.contains("body-anaphor-nouns", written.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        LocalActor found = null;
        for (ActorMention m : table.mentions()) {
            String[] name = m.actor().name().split("\\s+");
            if (m.charBegin() < before && m.actor().kind() == ActorKind.ORGANIZATION && name.length > 1
                    && name[name.length - 1].equalsIgnoreCase(written)) {
                found = m.actor();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * "the Rapid Action Front (RAF)": an acronym in brackets after an organisation's name stands for
     * that name in the rest of the article, headline included.
     */
    private static Map<String, String> acronymsIntroduced(AnnotatedArticle doc) {
        Map<String, String> out = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (EntityMention e : doc.entitiesIn(s.index())) {
                int open = e.tokenEnd();
                if (!e.type().equals("ORGANIZATION") || open + 2 >= s.size() || e.tokenEnd() - e.tokenBegin() < 2) {
                    continue;
                }
                String acronym = s.token(open + 1).word();
                boolean bracketed = isOpeningBracket(s.token(open).word()) && isClosingBracket(s.token(open + 2).word());
                if (bracketed && acronym.matches("\\p{Lu}[\\p{Lu}\\d-]{1,9}")) {
                    out.putIfAbsent(acronym, surface(s, e.tokenBegin(), e.tokenEnd()));
                }
            }
        }
        return out;
    }

    private static boolean isOpeningBracket(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    private static boolean isClosingBracket(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    /**
     * True when a place is one of coordinated subjects that act, beside a state or organisation:
     * "Georgia and Abkhazia met", "Somalia and Somaliland resumed talks", or of coordinated sides
     * whose office holders or delegations act ("the presidents of Somalia and Somaliland"). A place
     * that is acted on ("Gaza and Israel were hit") or stands alone as a subject ("Darfur remains
     * tense") stays a place.
     */
    private boolean actsBesideAState(Sentence s, ActorTable table, int head) {
        int first = head;
        Optional<Dependency> up = s.headOf(head);
        if (up.isPresent() && up.get().relation().equals("conj") && up.get().governor() >= 0) {
            first = up.get().governor();
            up = s.headOf(first);
        }
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        Token governor = s.token(up.get().governor());
        boolean actingSubject = up.get().relation().equals("nsubj") && governor.isVerb();
        boolean sidesOfOffices = up.get().relation().equals("nmod") && isOfPhrase(s, first)
                && (lexicons.titles().isHeadWord(governor.word()) || words.contains("delegation-nouns", governor.lemma()));
        if (!actingSubject && !sidesOfOffices) {
            return false;
        }
        List<Integer> conjuncts = new ArrayList<>();
        conjuncts.add(first);
        s.childrenOf(first).stream().filter(d -> d.relation().equals("conj")).forEach(d -> conjuncts.add(d.dependent()));
        return conjuncts.stream().anyMatch(k -> k != head && table.actorAt(s.index(), k)
                .filter(a -> a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.ORGANIZATION).isPresent());
    }

    private static boolean isOfPhrase(Sentence s, int noun) {
        return s.childrenOf(noun).stream().anyMatch(d -> d.relation().equals("case") && s.token(d.dependent()).lowerWord().equals("of"));
    }

    /**
     * The non-state side of a conflict, one actor per article and country: "Syrian rebels", "the
     * opposition delegation" and "insurgents" in one article are one side. Without a country written
     * beside it, the side belongs to the country the article names most.
     */
    private void armedGroups(AnnotatedArticle doc, ActorTable table) {
        Optional<LocalActor> main = mostNamedCountry(table);
        Optional<LocalActor> namedGroup = onlyNamedArmedGroup(table);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                int k = t.index();
                boolean armedGroup = armedGroupPhrase(s, k);
                boolean groupWord = words.contains("armed-group-nouns", t.lemma())
                        || words.contains("armed-group-nouns", t.lowerWord()) || armedGroup;
                if (!groupWord || !(t.isNoun() || t.pos().startsWith("JJ")) || table.at(s.index(), k).isPresent()) {
                    continue;
                }
                Optional<LocalActor> named = modifyingOrganization(s, table, k);
                if (named.isPresent()) {
                    // "the Mai-Mai militia": the group is the organisation its name gives.
                    table.mention(named.get(), s.index(), k, k + 1, t.begin(), t.end());
                    continue;
                }
                Optional<LocalActor> written = modifyingCountry(s, table, k);
                if (written.isEmpty() && namedGroup.isPresent()) {
                    // "the rebels" in an article that names one armed group: that group.
                    table.mention(namedGroup.get(), s.index(), k, k + 1, t.begin(), t.end());
                    continue;
                }
                Optional<LocalActor> country = written.or(() -> main);
                String word = armedGroup ? "armed " + t.lowerWord() : groupWord(t);
                // "Palestinian militants": named as the text names them, by the adjective it writes.
                String label = written.map(c -> surface(s, table.at(s.index(), modifyingCountryToken(s, table, k))
                                .map(ActorMention::start).orElse(k), k) + " " + word)
                        .or(() -> country.map(c -> word + " (" + c.name() + ")")).orElse(word);
                String key = country.flatMap(LocalActor::key).map(c -> "org:armed-group-" + c.substring(c.indexOf(':') + 1)
                        .toLowerCase(Locale.ROOT)).orElse(null);
                LocalActor group = key != null ? table.forKey(key, ActorKind.ORGANIZATION, label, t.begin(), t.end(), 0.65,
                        "armed-group") : table.create(ActorKind.ORGANIZATION, label, null, false, t.begin(), t.end(), 0.6,
                        "armed-group");
                // No affiliation: "Syrian rebels" are named after the state they fight, they do not act for it.
                table.mention(group, s.index(), k, k + 1, t.begin(), t.end());
            }
        }
    }

    /** The one armed or political group from the organisation list the article names, if it names exactly one. */
    private Optional<LocalActor> onlyNamedArmedGroup(ActorTable table) {
        List<LocalActor> groups = table.actors().stream()
                .filter(a -> a.key().filter(k -> k.startsWith("org:")).map(k -> k.substring(4))
                        .flatMap(lexicons.organizations()::byId).filter(o -> o.kind().equals("group")).isPresent())
                .toList();
        return groups.size() == 1 ? Optional.of(groups.get(0)) : Optional.empty();
    }

    private static Optional<LocalActor> mostNamedCountry(ActorTable table) {
        return mostNamed(countryMentions(table));
    }

    /** How often the article names each country, in the order it first names them. */
    private static Map<LocalActor, Integer> countryMentions(ActorTable table) {
        return countryMentionsBefore(table, Integer.MAX_VALUE);
    }

    private static Map<LocalActor, Integer> countryMentionsBefore(ActorTable table, int offset) {
        Map<LocalActor, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : table.mentions()) {
            if (m.actor().kind() == ActorKind.COUNTRY && m.charBegin() < offset) {
                counts.merge(m.actor(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Optional<LocalActor> mostNamed(Map<LocalActor, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** "eight armed groups", "an armed movement": a group noun that its modifier makes a fighting side. */
    private boolean armedGroupPhrase(Sentence s, int k) {
        Token t = s.token(k);
        return t.isNoun() && words.contains("group-nouns", t.lemma()) && s.childrenOf(k).stream()
                .anyMatch(d -> d.relation().equals("amod") && words.contains("armed-group-modifiers", s.token(d.dependent()).lowerWord()));
    }

    private static String groupWord(Token t) {
        String w = t.lowerWord();
        return w.equals("rebel") ? "rebels" : w;
    }

    /** A country written as a modifier of the noun ("Syrian rebels", "Syria's opposition"). */
    private static Optional<LocalActor> modifyingCountry(Sentence s, ActorTable table, int noun) {
        int k = modifyingCountryToken(s, table, noun);
        return k < 0 ? Optional.empty() : table.actorAt(s.index(), k).filter(a -> a.kind() == ActorKind.COUNTRY);
    }

    /** The token of the country that modifies {@code noun} ("Palestinian militants"), or -1. */
    private static int modifyingCountryToken(Sentence s, ActorTable table, int noun) {
        for (Dependency d : s.childrenOf(noun)) {
            String rel = d.relation();
            if ((rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))
                    && table.actorAt(s.index(), d.dependent()).filter(a -> a.kind() == ActorKind.COUNTRY).isPresent()) {
                return d.dependent();
            }
        }
        if (noun > 0 && table.actorAt(s.index(), noun - 1).filter(a -> a.kind() == ActorKind.COUNTRY).isPresent()) {
            return noun - 1;
        }
        return -1;
    }

    /** "the government of Peru": the token of the country an "of" phrase after a state noun names. */
    private static Optional<Integer> countryWrittenAfter(Sentence s, ActorTable table, int noun) {
        for (Dependency d : s.childrenOf(noun)) {
            int k = d.dependent();
            boolean of = d.relation().equals("nmod") && s.children(k, "case").stream()
                    .anyMatch(c -> s.token(c).lowerLemma().equals("of"));
            if (of && k > noun && table.actorAt(s.index(), k).filter(x -> x.kind() == ActorKind.COUNTRY).isPresent()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalActor> modifyingOrganization(Sentence s, ActorTable table, int noun) {
        for (Dependency d : s.childrenOf(noun)) {
            if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
                Optional<LocalActor> o = table.actorAt(s.index(), d.dependent()).filter(a -> a.kind() == ActorKind.ORGANIZATION);
                if (o.isPresent()) {
                    return o;
                }
            }
        }
        if (noun > 0) {
            Optional<LocalActor> before = table.actorAt(s.index(), noun - 1).filter(a -> a.kind() == ActorKind.ORGANIZATION);
            if (before.isPresent()) {
                return before;
            }
        }
        return namedRightAfter(s, table, noun);
    }

    /**
     * "the armed group Frente Azul", "the rebel Marxist movement X": a description written before the
     * name of the organisation it describes (adjectives and lower-case nouns only between them).
     */
    private static Optional<LocalActor> namedRightAfter(Sentence s, ActorTable table, int noun) {
        for (int k = noun + 1; k < s.size() && k <= noun + MAX_DESCRIPTION_WORDS; k++) {
            Optional<ActorMention> m = table.at(s.index(), k);
            if (m.isPresent()) {
                int at = k;
                // "the militia the cartel funds": a name whose verb describes the noun begins a clause of its own
                int after = m.get().end();
                boolean clauseFollows = after < s.size() && s.token(after).isVerb() && s.headOf(after)
                        .filter(d -> d.governor() == noun && d.relation().startsWith("acl")).isPresent();
                return m.filter(x -> x.start() == at && !clauseFollows && x.actor().kind() == ActorKind.ORGANIZATION
                        && x.actor().named()).map(ActorMention::actor);
            }
            Token t = s.token(k);
            if (!(t.pos().startsWith("JJ") || t.isNoun() && t.word().equals(t.lowerWord()))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The country of the last mention before {@code offset} that {@code names} accepts: one naming its
     * government ("the Peruvian government", "government of Peru"), or, failing all else, any national
     * body or people ("Peruvian officials").
     */
    private static Optional<LocalActor> lastCountryBefore(ActorTable table, int offset, Predicate<ActorMention> names) {
        List<ActorMention> mentions = table.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.charBegin() < offset && m.actor().kind() == ActorKind.COUNTRY && names.test(m)) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /**
     * "the Peruvian government", "government of Peru", "Peru's elected government": not "Dutch
     * diplomats", whose country governs nothing here.
     */
    private boolean namesGovernment(AnnotatedArticle doc, ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        for (int k = m.start(); k < m.end(); k++) {
            if (words.contains("state-nouns", s.token(k).lemma())) {
                return true;
            }
        }
        // The parse, not the mention, holds a possessive with words between: "Peru's internationally recognised government".
        return s.headOf(m.end() - 1).filter(d -> d.governor() >= m.end() && d.relation().equals("nmod:poss")
                && words.contains("state-nouns", s.token(d.governor()).lemma())).isPresent();
    }

    /**
     * "Dutch diplomats", "the Angolan army": a phrase of a state's people or of one of its bodies, a
     * national word before a common noun. A state's name of two words ("the Soviet Union") is not one.
     */
    private static boolean namesABodyOrPeople(AnnotatedArticle doc, ActorMention m) {
        Token last = doc.sentences().get(m.sentence()).token(m.end() - 1);
        return m.end() - m.start() > 1 && last.isNoun() && !last.isProperNoun();
    }

    /**
     * The state the article has named most so far (the first named on a tie): with no government,
     * speaker or body named before it, "the government" is that of the state the story is about,
     * not of the last state named (a neighbour said to be watching, say).
     */
    private static Optional<LocalActor> mostNamedCountryBefore(ActorTable table, int offset) {
        return mostNamed(countryMentionsBefore(table, offset));
    }

    /** "President X of Y said the government would ...": the government of the speaker named before it. */
    /**
     * "President X, whose government hosted the talks", "Kenya, whose army ...": a state noun owned by
     * "whose" is the state of the actor named right before the clause, not of the last government named.
     */
    private static Optional<LocalActor> whoseState(Sentence s, ActorTable table, int noun) {
        if (!s.ownedByWhose(noun)) {
            return Optional.empty();
        }
        List<ActorMention> mentions = table.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.sentence() == s.index() && m.end() <= noun) {
                return m.actor().kind() == ActorKind.COUNTRY ? Optional.of(m.actor()) : m.actor().country();
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalActor> countryOfPersonBefore(ActorTable table, int sentence, int token) {
        List<ActorMention> mentions = table.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.sentence() == sentence && m.end() <= token && m.actor().isPerson()) {
                Optional<LocalActor> country = m.actor().country();
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    // --- places --------------------------------------------------------------------------------

    private void places(AnnotatedArticle doc, Sentence s, ActorTable table, boolean[] taken) {
        for (EntityMention e : doc.entitiesIn(s.index())) {
            boolean locationLike = e.type().equals("LOCATION")
                    || (e.type().equals("ORGANIZATION") || e.type().equals("MISC")) && isLocative(s, e.tokenBegin());
            if (!locationLike || anyTaken(taken, e.tokenBegin(), e.tokenEnd())) {
                continue;
            }
            int end = e.tokenEnd();
            while (end < s.size() && words.contains("place-heads", s.token(end).lowerWord())) {
                end++;
            }
            String name = LetterCase.titleCaseIfShouting(surface(s, e.tokenBegin(), end));
            if (actsBesideAState(s, table, end - 1)) {
                // "Moldova and Transnistria held talks": a region that acts beside a state is a side, not a venue.
                LocalActor side = table.forKey("org:region-" + slug(name), ActorKind.ORGANIZATION, name,
                        charBegin(s, e.tokenBegin()), charEnd(s, end - 1), 0.7, "region-as-side");
                table.mention(side, s.index(), e.tokenBegin(), end, charBegin(s, e.tokenBegin()), charEnd(s, end - 1));
                mark(taken, e.tokenBegin(), end);
                continue;
            }
            LocalActor place = table.forKey("place:" + slug(name), ActorKind.PLACE, name, charBegin(s, e.tokenBegin()),
                    charEnd(s, end - 1), 0.75, "ner-location");
            placeCountry(s, table, e.tokenBegin(), end).ifPresent(place::setAffiliationIfAbsent);
            table.mention(place, s.index(), e.tokenBegin(), end, charBegin(s, e.tokenBegin()), charEnd(s, end - 1));
            mark(taken, e.tokenBegin(), end);
        }
    }

    /**
     * The country a place lies in, when the sentence says so: "the Tigray region of Ethiopia",
     * "Lome, Togo", "the Egyptian resort of Sharm el-Sheikh" (a country modifying the noun the place
     * names), read from the dependency parse.
     */
    private Optional<LocalActor> placeCountry(Sentence s, ActorTable table, int start, int end) {
        for (int head = start; head < end; head++) {
            Optional<LocalActor> own = countryAmong(s, table, head, start, end);
            if (own.isPresent()) {
                return own;
            }
            Optional<Dependency> up = s.headOf(head);
            if (up.isPresent() && up.get().governor() >= 0 && (up.get().governor() < start || up.get().governor() >= end)
                    && (up.get().relation().startsWith("nmod") || up.get().relation().equals("appos"))
                    && s.token(up.get().governor()).isNoun()) {
                Optional<LocalActor> outer = countryAmong(s, table, up.get().governor(), start, end);
                if (outer.isPresent()) {
                    return outer;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalActor> countryAmong(Sentence s, ActorTable table, int head, int start, int end) {
        for (Dependency d : s.childrenOf(head)) {
            String rel = d.relation();
            boolean modifier = rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")
                    || rel.startsWith("nmod") || rel.equals("appos");
            if (!modifier || d.dependent() >= start && d.dependent() < end) {
                continue;
            }
            Optional<LocalActor> c = table.actorAt(s.index(), d.dependent()).filter(a -> a.kind() == ActorKind.COUNTRY);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    // --- helpers -------------------------------------------------------------------------------

    private boolean isLocative(Sentence s, int token) {
        return isLocative(s, token, "place-prepositions", false);
    }

    /**
     * As {@link #isLocative(Sentence, int)}, with the prepositions of one word list; {@code indefiniteToo} lets
     * "a" or "an" stand before a name that modifies a noun of occasion ("at a Downing Street reception").
     */
    private boolean isLocative(Sentence s, int token, String prepositions, boolean indefiniteToo) {
        for (int k = token - 1; k >= Math.max(0, token - 3); k--) {
            String w = s.token(k).lowerWord();
            if (words.contains(prepositions, w)) {
                return true;
            }
            boolean article = w.equals("the") || indefiniteToo && (w.equals("a") || w.equals("an"));
            if (!(article || s.token(k).pos().startsWith("JJ") || s.token(k).isProperNoun())) {
                return false;
            }
        }
        return false;
    }

    private static boolean insidePersonName(AnnotatedArticle doc, Sentence s, int start, int end) {
        for (EntityMention e : doc.entitiesIn(s.index())) {
            if (e.type().equals("PERSON") && e.tokenBegin() <= start && e.tokenEnd() >= end
                    && (e.tokenEnd() - e.tokenBegin()) > (end - start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the OSCE Vienna Group", "the Government Communication Office": a capital or a state noun inside
     * an organisation's name is not the country.
     */
    private static boolean insideOrganizationName(AnnotatedArticle doc, Sentence s, int start, int end) {
        for (EntityMention e : doc.entitiesIn(s.index())) {
            if (e.type().equals("ORGANIZATION") && e.tokenBegin() <= start && e.tokenEnd() >= end
                    && (e.tokenEnd() - e.tokenBegin()) > (end - start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Movement for the Liberation of Togo", "the Progress Party of Ghanaians": a country or people
     * named after "of", "for" or "in" in the capitalised name of a party, movement or front is part of
     * that organisation's name, not the state. The first word of that name, if the country at
     * {@code country} ends one; the name stops at words another name or a title has taken ("African
     * Union Special Envoy for Sudan" is the envoy's title).
     */
    private OptionalInt movementNamedAfter(Sentence s, int country, boolean[] taken) {
        boolean linked = false;
        for (int k = country - 1; k >= 0 && k >= country - MAX_MOVEMENT_NAME_WORDS; k--) {
            Token t = s.token(k);
            String w = t.lowerWord();
            if (w.equals("of") || w.equals("for") || w.equals("in")) {
                linked = true;
                continue;
            }
            if (w.equals("the")) {
                continue;
            }
            if (taken[k] || lexicons.titles().isHeadWord(t.word()) || !Character.isUpperCase(t.word().charAt(0))
                    || !t.isProperNoun() && !t.isNoun() && !t.pos().startsWith("JJ")) {
                return OptionalInt.empty();
            }
            if (linked && t.isProperNoun() && words.contains("movement-nouns", t.lowerLemma())) {
                int first = k;
                while (first > 0 && !taken[first - 1] && Character.isUpperCase(s.token(first - 1).word().charAt(0))
                        && (s.token(first - 1).isProperNoun() || s.token(first - 1).pos().startsWith("JJ"))
                        && !words.contains("movement-nouns", s.token(first - 1).lowerLemma())) {
                    first--;
                }
                return OptionalInt.of(first);
            }
        }
        return OptionalInt.empty();
    }

    /** A name has a capitalised proper noun in it; the NER sometimes tags a sentence-initial "He" as PERSON. */
    private static boolean hasProperNoun(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            Token t = s.token(k);
            if (t.isProperNoun() && !t.isPronoun() && Character.isUpperCase(t.word().codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private boolean isHonorific(String word) {
        return words.contains("honorifics", word);
    }

    private Gender honorificGender(String word) {
        return switch (words.value("honorifics", word).orElse("")) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    static String surface(Sentence s, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start && s.token(k).begin() > s.token(k - 1).end()) {
                out.append(' ');
            }
            out.append(s.token(k).word());
        }
        return out.toString();
    }

    public static String slug(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static int charBegin(Sentence s, int token) {
        return s.token(token).begin();
    }

    private static int charEnd(Sentence s, int token) {
        return s.token(token).end();
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            taken[k] = true;
        }
    }
}
