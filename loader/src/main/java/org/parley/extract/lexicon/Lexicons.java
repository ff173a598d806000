package org.parley.extract.lexicon;

import java.util.Set;
import java.util.TreeSet;
import org.parley.vocab.Ontology;

/**
 * Every word list the extraction rules use, loaded once and shared read-only. Build one per
 * process with {@link #load()} and pass it to whatever needs it.
 */
public final class Lexicons {
    private final Countries countries;
    private final Organizations organizations;
    private final Titles titles;
    private final SpeechVerbs speechVerbs;
    private final Channels channels;
    private final DemandTopics topics;
    private final WordClasses words;

    private Lexicons() {
        this.countries = new Countries();
        this.organizations = new Organizations();
        this.titles = new Titles();
        this.speechVerbs = new SpeechVerbs();
        this.channels = new Channels();
        this.topics = new DemandTopics(Ontology.vocabulary());
        this.words = new WordClasses();
        words.derive("quote-verbs", speechVerbs.lemmas(SpeechVerbs.Use.QUOTE));
        words.derive("report-verbs", speechVerbs.lemmas(SpeechVerbs.Use.REPORT));
        words.derive("object-speech-verbs", speechVerbs.lemmas(SpeechVerbs.Use.OBJECT));
        words.derive("title-heads", titles.headWordList());
        // The agent of a passive speech verb is the speaker ("announced by the ministry"), unless it asked the question.
        Set<String> agentSpeech = new TreeSet<>(speechVerbs.lemmas(SpeechVerbs.Use.QUOTE));
        agentSpeech.addAll(speechVerbs.lemmas(SpeechVerbs.Use.REPORT));
        agentSpeech.removeAll(words.words("question-verbs").orElseThrow());
        words.derive("agent-speech-verbs", agentSpeech);
    }

    public static Lexicons load() {
        return new Lexicons();
    }

    public Countries countries() {
        return countries;
    }

    public Organizations organizations() {
        return organizations;
    }

    public Titles titles() {
        return titles;
    }

    public SpeechVerbs speechVerbs() {
        return speechVerbs;
    }

    public Channels channels() {
        return channels;
    }

    public DemandTopics topics() {
        return topics;
    }

    /** The named classes of trigger words that patterns and rules refer to. */
    public WordClasses words() {
        return words;
    }
}
