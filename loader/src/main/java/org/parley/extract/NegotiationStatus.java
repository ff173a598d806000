package org.parley.extract;

/** Whether a negotiation happened; concepts of https://w3id.org/parley/status/. */
public enum NegotiationStatus {
    HELD("held"),
    PLANNED("planned"),
    PROPOSED("proposed"),
    CANCELLED("cancelled");

    private final String conceptId;

    NegotiationStatus(String conceptId) {
        this.conceptId = conceptId;
    }

    public String conceptId() {
        return conceptId;
    }

    public static NegotiationStatus ofConcept(String id) {
        for (NegotiationStatus s : values()) {
            if (s.conceptId.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status " + id);
    }
}
