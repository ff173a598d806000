package org.parley.annotate;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.parley.clean.CleanText;
import org.parley.read.Article;

/**
 * The one place Parley touches Stanford CoreNLP: runs {@code tokenize, ssplit, pos, lemma, ner,
 * depparse, quote} and converts CoreNLP's open {@code CoreMap}s into Parley's records, so that no
 * CoreNLP type crosses into the extraction step.
 *
 * <p>The dependency parser sees each sentence without its double quotation marks: news quotes
 * fragments mid-sentence ({@code priorities are an “immediate cease-fire,” an armistice and ...}),
 * and the marks, with the comma they enclose, lead the parser astray far more often than they help
 * it. The parse is mapped back onto the original tokens; the quote annotator then runs on the
 * whole annotated document.
 *
 * <p>SUTime, which normalises dates, is most of the cost of NER; it runs only on the sentences
 * that have a word of time in them ("Thursday", "March", "ago", a year), the others get the same
 * CRF tags without it.
 *
 * <p>Models load once, when this object is built (about 20 s); {@link #annotate} may then be called
 * from several threads at once.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** CoreNLP's quote attribution falls back to a prominent name when no sieve decides; those guesses are mostly wrong. */
    private static final String FALLBACK_SIEVE_PREFIX = "Baseline Top";

    private static final java.util.Set<String> DOUBLE_QUOTES = java.util.Set.of("\"", "“", "”", "``", "''", "„", "«", "»");

    private static final java.util.regex.Pattern TIME_WORD = java.util.regex.Pattern.compile(
            "(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?"
                    + "|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|today|tonight|yesterday|tomorrow"
                    + "|morning|afternoon|evening|night|weekend|ago|days?|weeks?|months?|years?|decades?|spring|summer"
                    + "|autumn|fall|winter|(19|20)\\d\\d|\\d{4}-\\d\\d(-\\d\\d)?|\\d{1,2}(st|nd|rd|th)?");

    /** The longest sentence handed to the taggers, SUTime, the parser and extraction; longer ones are cut. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

    private final int maxSentenceTokens;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP pipeline;
    private final NERCombinerAnnotator timeNer;
    private final EntityMentionsAnnotator mentions;
    private final DependencyParseAnnotator depparse;
    private final AnnotatorPool quotes;
    private final QuoteAnnotator plainQuotes;

    public CoreNlpAnnotator() {
        this(DEFAULT_MAX_SENTENCE_TOKENS);
    }

    /** @param maxSentenceTokens sentences longer than this are cut into pieces (see {@link LongSentences}) */
    public CoreNlpAnnotator(int maxSentenceTokens) {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("the sentence limit must be at least 10 tokens: " + maxSentenceTokens);
        }
        this.maxSentenceTokens = maxSentenceTokens;
        Properties p = properties();
        Properties split = new Properties();
        split.putAll(p);
        split.setProperty("annotators", "tokenize,ssplit");
        this.splitter = new StanfordCoreNLP(split);
        Properties base = new Properties();
        base.putAll(p);
        base.setProperty("annotators", "pos,lemma,ner");
        base.setProperty("ner.useSUTime", "false");
        base.setProperty("ner.applyNumericClassifiers", "false");
        base.setProperty("ner.buildEntityMentions", "false");
        this.pipeline = new StanfordCoreNLP(base);
        Properties time = new Properties();
        time.putAll(p);
        time.setProperty("ner.buildEntityMentions", "false");
        try {
            this.timeNer = new NERCombinerAnnotator(time);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot load the NER models", e);
        }
        this.mentions = new EntityMentionsAnnotator("ner.entitymentions", p);
        this.depparse = new DependencyParseAnnotator(p);
        Properties q = new Properties();
        q.putAll(p);
        q.setProperty("annotators", "quote");
        // Built directly, not through StanfordCoreNLP, whose static cache of annotators would hand every
        // thread the same instance; Parley's pool lends each one to one thread at a time.
        this.quotes = new AnnotatorPool(() -> new QuoteAnnotator("quote", q));
        Properties plain = new Properties();
        plain.putAll(q);
        plain.setProperty("quote.attributeQuotes", "false");
        // Without attribution the quote annotator keeps nothing of a document: one serves every thread.
        this.plainQuotes = new QuoteAnnotator("quote", plain);
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,quote");
        // Without coreference the quote annotator's requirements are not met; we provide an empty coreference map.
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,splitHyphenated=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,quotes=unicode");
        // A blank line ends a paragraph, and a sentence; a single line break (headlines, captions) does too.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // The 3-class model and SUTime: countries, titles and organisations come from Parley's own lists,
        // which are faster and more accurate on news than CoreNLP's fine-grained rules.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        // No holiday binder: it needs JollyDay and JAXB 2, and holidays are rare in negotiation news.
        p.setProperty("sutime.binders", "0");
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("quote.singleQuotes", "false");
        p.setProperty("quote.asciiQuotes", "true");
        p.setProperty("quote.maxLength", "-1");
        return p;
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.allOf(Layer.class);
    }

    @Override
    public AnnotatedArticle annotate(Article article, CleanText clean, Optional<LocalDate> documentDate) {
        Annotation doc = new Annotation(clean.analysed());
        documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        splitter.annotate(doc);
        LongSentences.split(doc, maxSentenceTokens);
        pipeline.annotate(doc);
        tagTimes(doc, documentDate);
        NameTags.fix(doc.get(CoreAnnotations.SentencesAnnotation.class));
        mentions.annotate(doc);
        parseWithoutQuotationMarks(doc);
        findQuotes(doc);

        Paragraphs paragraphs = new Paragraphs(clean.analysed());
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(sentence(s, sentences.size(), paragraphs));
        }
        List<EntityMention> mentions = DayRanges.join(sentences, mentions(doc), clean.analysed());
        return new AnnotatedArticle(article, clean, documentDate, sentences, mentions, quotes(doc));
    }

    /**
     * Runs the quote annotator. Its attribution keeps the document's names in a field of the
     * annotator (two threads sharing one lost quotes at random), so each is lent to one thread at a
     * time. Should attribution still fail on a document, its quotations are found without CoreNLP's
     * speakers, which Parley only uses as a last resort anyway.
     */
    private void findQuotes(Annotation doc) {
        try {
            quotes.annotate(doc);
        } catch (RuntimeException e) {
            doc.remove(CoreAnnotations.QuotationsAnnotation.class);
            plainQuotes.annotate(doc);
        }
    }

    /** Runs NER with SUTime again on the sentences that may hold a time expression. */
    private void tagTimes(Annotation doc, Optional<LocalDate> documentDate) {
        List<CoreMap> timely = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                if (TIME_WORD.matcher(t.word()).matches()) {
                    timely.add(sentence);
                    break;
                }
            }
        }
        if (timely.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, timely);
        part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
        documentDate.ifPresent(d -> part.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        timeNer.annotate(part);
    }

    /** Parses every sentence with its double quotation marks left out, then hangs the parse on the original tokens. */
    private void parseWithoutQuotationMarks(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> filtered = new ArrayList<>();
        List<List<CoreLabel>> originals = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> kept = new ArrayList<>();
            List<CoreLabel> copies = new ArrayList<>();
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                if (DOUBLE_QUOTES.contains(t.word())) {
                    continue;
                }
                CoreLabel copy = new CoreLabel(t);
                copy.setIndex(copies.size() + 1);
                copies.add(copy);
                kept.add(t);
            }
            int comma = FrontedDateComma.position(copies);
            if (comma >= 0) {
                addComma(copies, kept, comma);
            }
            int phraseEnd = FrontedPhraseComma.position(copies);
            if (phraseEnd >= 0) {
                addComma(copies, kept, phraseEnd);
            }
            int[] clause = ReducedRelativeCommas.positions(copies);
            for (int k = clause.length - 1; k >= 0; k--) {
                addComma(copies, kept, clause[k]);
            }
            if (copies.isEmpty()) {
                copies.add(new CoreLabel(sentence.get(CoreAnnotations.TokensAnnotation.class).get(0)));
                copies.get(0).setIndex(1);
                kept.add(sentence.get(CoreAnnotations.TokensAnnotation.class).get(0));
            }
            CoreMap copy = new ArrayCoreMap();
            copy.set(CoreAnnotations.TokensAnnotation.class, copies);
            copy.set(CoreAnnotations.SentenceIndexAnnotation.class, filtered.size());
            filtered.add(copy);
            originals.add(kept);
        }
        Annotation parsed = new Annotation("");
        parsed.set(CoreAnnotations.SentencesAnnotation.class, filtered);
        depparse.annotate(parsed);
        for (int i = 0; i < sentences.size(); i++) {
            SemanticGraph graph = filtered.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            SemanticGraph mapped = remap(graph, originals.get(i));
            CoreMap sentence = sentences.get(i);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, mapped);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, mapped);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, mapped);
        }
    }

    /** Gives the parser a comma the text does not have, before the token at {@code position}. */
    private static void addComma(List<CoreLabel> copies, List<CoreLabel> kept, int position) {
        copies.add(position, FrontedDateComma.comma(copies.get(position - 1)));
        kept.add(position, null);
        for (int k = 0; k < copies.size(); k++) {
            copies.get(k).setIndex(k + 1);
        }
    }

    /**
     * The parse of the parser's copy of a sentence on the sentence's own tokens; {@code originals} has
     * null for a token the parser was given that the text does not have ({@link FrontedDateComma},
     * {@link FrontedPhraseComma}, {@link ReducedRelativeCommas}),
     * whose relations are left out (what hangs on it hangs on its head).
     */
    private static SemanticGraph remap(SemanticGraph graph, List<CoreLabel> originals) {
        SemanticGraph out = new SemanticGraph();
        if (graph == null) {
            return out;
        }
        java.util.Map<Integer, IndexedWord> words = new HashMap<>();
        for (IndexedWord w : graph.vertexSet()) {
            CoreLabel label = originals.get(w.index() - 1);
            if (label != null) {
                IndexedWord original = new IndexedWord(label);
                words.put(w.index(), original);
                out.addVertex(original);
            }
        }
        for (IndexedWord root : graph.getRoots()) {
            if (words.containsKey(root.index())) {
                out.addRoot(words.get(root.index()));
            }
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            IndexedWord governor = e.getGovernor();
            while (!words.containsKey(governor.index()) && graph.getParent(governor) != null) {
                governor = graph.getParent(governor);
            }
            IndexedWord g = words.get(governor.index());
            IndexedWord d = words.get(e.getDependent().index());
            if (g != null && d != null) {
                out.addEdge(g, d, e.getRelation(), e.getWeight(), e.isExtra());
            }
        }
        return out;
    }

    private static Sentence sentence(CoreMap s, int index, Paragraphs paragraphs) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            tokens.add(new Token(i, index, t.beginPosition(), t.endPosition(), t.word(),
                    t.lemma() == null ? t.word() : t.lemma(), t.tag() == null ? "" : t.tag(),
                    t.ner() == null ? "O" : t.ner(),
                    Optional.ofNullable(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))));
        }
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                dependencies.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                dependencies.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, begin, end, paragraphs.indexOf(begin), tokens, dependencies);
    }

    private static List<EntityMention> mentions(Annotation doc) {
        List<EntityMention> out = new ArrayList<>();
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return out;
        }
        for (CoreMap m : mentions) {
            List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null || tokens.isEmpty()) {
                continue;
            }
            out.add(new EntityMention(
                    m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    m.get(CoreAnnotations.TextAnnotation.class),
                    m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.SentenceIndexAnnotation.class),
                    tokens.get(0).index() - 1,
                    tokens.get(tokens.size() - 1).index(),
                    Optional.ofNullable(m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))));
        }
        return out;
    }

    private static List<QuoteSpan> quotes(Annotation doc) {
        List<QuoteSpan> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            String sieve = q.get(QuoteAttributionAnnotator.SpeakerSieveAnnotation.class);
            String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            boolean trusted = speaker != null && sieve != null && !sieve.startsWith(FALLBACK_SIEVE_PREFIX);
            out.add(new QuoteSpan(
                    q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    q.get(CoreAnnotations.TextAnnotation.class),
                    trusted ? Optional.of(speaker) : Optional.empty()));
        }
        return out;
    }

    /** Paragraph numbers by character offset: paragraphs are separated by blank lines. */
    private static final class Paragraphs {
        private final List<Integer> starts = new ArrayList<>();

        Paragraphs(String text) {
            starts.add(0);
            int i = 0;
            while ((i = text.indexOf('\n', i)) >= 0) {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '\n') {
                    starts.add(j + 1);
                    i = j + 1;
                } else {
                    i = j;
                }
            }
        }

        int indexOf(int offset) {
            int index = 0;
            for (int k = 0; k < starts.size() && starts.get(k) <= offset; k++) {
                index = k;
            }
            return index;
        }
    }
}
