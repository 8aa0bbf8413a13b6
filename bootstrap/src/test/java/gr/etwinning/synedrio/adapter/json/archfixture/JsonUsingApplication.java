package gr.etwinning.synedrio.adapter.json.archfixture;

import gr.etwinning.synedrio.application.NotFoundException;

/** Violates rule 9: the shared JSON library must know nothing of ours, or the adapters meet through it. */
public final class JsonUsingApplication {

    public RuntimeException missing() {
        return new NotFoundException("x", "y");
    }
}
