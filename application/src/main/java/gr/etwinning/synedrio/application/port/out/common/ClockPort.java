package gr.etwinning.synedrio.application.port.out.common;

import java.time.Instant;

/** The current time, replaceable in tests. */
public interface ClockPort {

    Instant now();
}
