package org.parley.extract.lexicon;

import java.util.Optional;

/**
 * An organisation from Parley's list, or a national body named after its country ("the Ethiopian
 * foreign ministry").
 *
 * @param id      a stable identifier such as {@code nato} or {@code ua-foreign-ministry}
 * @param kind    igo, un, alliance, bloc, court, ngo, seat, body or group
 * @param country the country a national body or seat of government belongs to
 * @param partOf  the organisation it is part of ({@code un} for the General Assembly)
 */
public record Organization(String id, String kind, String name, Optional<String> country, Optional<String> partOf) {

    /** The key by which Parley knows it everywhere: {@code org:nato}. */
    public String key() {
        return "org:" + id;
    }
}
