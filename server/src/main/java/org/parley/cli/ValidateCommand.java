package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.parley.store.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the store against the ontology's SHACL shapes; print each violation.",
                "Exit status: 0 when the store conforms, 1 when it does not."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ParleyStore s = ParleyStore.openExisting(store.db)) {
            List<Validation.Violation> violations = new Validation().validate(s);
            for (Validation.Violation v : violations) {
                out.println(v);
            }
            out.println(violations.isEmpty() ? "parley: validate: the store conforms to the shapes"
                    : "parley: validate: " + violations.size() + " violation(s)");
            out.flush();
            return violations.isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
        } catch (StoreException e) {
            err.println("parley: validate: " + StoreMessages.of(e));
            return ExitCode.FAILURE;
        }
    }
}
