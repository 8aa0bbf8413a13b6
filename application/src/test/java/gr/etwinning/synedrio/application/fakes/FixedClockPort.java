package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.common.ClockPort;

import java.time.Duration;
import java.time.Instant;

/** A clock that says what the test tells it to. */
public final class FixedClockPort implements ClockPort {

    private Instant now;

    public FixedClockPort(Instant now) {
        this.now = now;
    }

    /** 29 November 2024, 10:00 in Athens. */
    public static FixedClockPort atConferenceOpening() {
        return new FixedClockPort(Instant.parse("2024-11-29T08:00:00Z"));
    }

    @Override
    public Instant now() {
        return now;
    }

    public void set(Instant now) {
        this.now = now;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }
}
