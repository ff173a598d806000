package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.parley.vocab.Ontology;

/** Checks the whole store (the union of its graphs) against the SHACL shapes of the ontology. */
public final class Validation {

    /** One violation: the node, the property path, the severity and what is wrong. */
    public record Violation(String focusNode, String path, String severity, String message) {
        @Override
        public String toString() {
            return severity + " " + focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    public List<Violation> validate(ParleyStore store) {
        Shapes shapes = Shapes.parse(Ontology.shapes());
        return store.read(dsg -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            List<Violation> out = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                out.add(new Violation(String.valueOf(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                        e.severity().level().getLocalName(), e.message()));
            }
            return out;
        });
    }
}
