package gr.etwinning.synedrio.application.archfixture;

import javax.swing.JLabel;

/** Violates rule 2: javax.xml is allowed in the application, but not the rest of javax (here Swing). */
public final class ApplicationUsingSwing {

    public JLabel label(String text) {
        return new JLabel(text);
    }
}
