package gr.etwinning.synedrio.application.service.mapping;

import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;

import java.util.function.Supplier;

/** Runs a step and, if the model refuses it, says where: "edition 7: session 'x' …". */
public final class InContext {

    private InContext() {
    }

    public static <T> T run(String context, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuleViolationException e) {
            throw new RuleViolationException(context + ": " + e.item(), e.rule(), context + ": " + e.getMessage());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(context + ": " + e.item(), context + ": " + e.getMessage());
        } catch (DomainException e) {
            throw e;
        }
    }
}
