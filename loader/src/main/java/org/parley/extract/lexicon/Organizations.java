package org.parley.extract.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** International organisations, seats of government and armed groups ({@code organizations.tsv}). */
public final class Organizations {
    private final Map<String, Organization> byId = new LinkedHashMap<>();
    private final PhraseIndex<Organization> index = new PhraseIndex<>();

    Organizations() {
        for (String[] r : Resources.rows("organizations.tsv", true)) {
            Organization org = new Organization(r[0], r[1], r[2],
                    r.length > 4 && !r[4].isBlank() ? Optional.of(r[4].strip()) : Optional.empty(),
                    r.length > 5 && !r[5].isBlank() ? Optional.of(r[5].strip()) : Optional.empty());
            byId.put(org.id(), org);
            index.addProperName(org.name(), org);
            for (String alias : Resources.split(r[3])) {
                if (Resources.isAcronym(alias)) {
                    index.add(alias, org, true);
                } else {
                    index.addProperName(alias, org);
                }
            }
        }
    }

    public Optional<Organization> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public PhraseIndex<Organization> index() {
        return index;
    }

    public Optional<Organization> lookup(String phrase) {
        return index.lookup(phrase);
    }
}
