package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.DemandCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** Demand patterns, on sentences written for the test. */
@ExtendWith(SharedPipeline.class)
class DemandPatternsTest {
    private final Pipeline pipeline;

    DemandPatternsTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    private String describe(Extracted e, DemandCandidate d) {
        return e.name(d.demander()) + " -> " + d.addressee().map(e::name).orElse("?") + ": " + d.topic();
    }

    @Test
    void aDemandVerbWithItsSubjectAndObject() {
        Extracted e = extract("Moldova demanded the withdrawal of Russian troops from Transnistria.");
        assertThat(e.demands()).extracting(d -> describe(e, d)).contains("Moldova -> Russia: troop-withdrawal");
    }

    @Test
    void urgingSomeoneToDoSomething() {
        Extracted e = extract("The United Nations urged Myanmar to allow humanitarian aid into Rakhine state.");
        assertThat(e.demands()).extracting(d -> describe(e, d)).contains("United Nations -> Myanmar: aid-access");
    }

    @Test
    void aDemandStatedAsANounPhrase() {
        Extracted e = extract("""
                Ethiopia and the Tigray People's Liberation Front met in Pretoria on Monday.

                Ethiopia's demands include the disarmament of the rebel forces.
                """);
        assertThat(e.demands()).extracting(d -> describe(e, d))
                .contains("Ethiopia -> Tigray People's Liberation Front: demilitarization");
    }

    @Test
    void priorityListsGiveOneDemandPerTopic() {
        Extracted e = extract("Lebanon's priorities in the talks are an immediate ceasefire, the return of displaced people and the release of prisoners.");
        assertThat(e.demands()).extracting(DemandCandidate::topic)
                .contains("ceasefire", "return-of-displaced", "prisoner-exchange");
    }

    @Test
    void aConditionIsWhatIsDemanded() {
        Extracted e = extract("The Houthis insisted a truce could only be signed after the release of all prisoners.");
        assertThat(e.demands()).extracting(DemandCandidate::topic).contains("prisoner-exchange").doesNotContain("ceasefire");
        assertThat(e.demands()).allSatisfy(d -> assertThat(d.condition()).isPresent());
    }

    @Test
    void whatAnAgreementMustIncludeIsDemandedByTheSpeaker() {
        Extracted e = extract("Azerbaijani envoy Rauf Aliyev said any peace treaty must include the demarcation of the border and "
                + "guarantees of security for the transit route.");
        assertThat(e.demands()).extracting(d -> e.name(d.demander()) + ": " + d.topic())
                .contains("Rauf Aliyev: security-guarantees");
        assertThat(e.demands()).extracting(DemandCandidate::topic).doesNotContain("armistice");
    }

    @Test
    void wantingToDoSomethingYourselfIsNotADemand() {
        Extracted e = extract("Serbia wants to continue negotiations with Kosovo next month.");
        assertThat(e.demands()).isEmpty();
    }
}
