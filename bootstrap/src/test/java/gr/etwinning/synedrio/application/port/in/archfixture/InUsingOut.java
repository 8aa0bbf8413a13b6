package gr.etwinning.synedrio.application.port.in.archfixture;

import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import java.time.Instant;

/** Violates rule 4: a driving port that exposes a driven port. */
public interface InUsingOut {

    Instant now(ClockPort clock);
}
