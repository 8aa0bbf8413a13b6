package gr.etwinning.synedrio.application.port.out.attendance;

import java.util.Locale;

/** The meeting platforms whose attendance exports Synedrio reads. */
public enum Platform {
    /** Zoom's meeting "Participants" report. */
    ZOOM("zoom"),
    /** Zoom's webinar "Attendee Report". */
    ZOOM_WEBINAR("zoom-webinar"),
    /** Microsoft Teams' attendance report, or its older attendance list. */
    TEAMS("teams"),
    /** Cisco Webex's attendee report. */
    WEBEX("webex"),
    /** BigBlueButton's learning dashboard ("Download Session Data"). */
    BBB("bbb");

    private final String code;

    Platform(String code) {
        this.code = code;
    }

    /** The name the command line and the output use: {@code zoom-webinar}. */
    public String code() {
        return code;
    }

    /** The platform of that name, or null for {@code auto} (or nothing): detect it from the file. */
    public static Platform of(String name) {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Platform p : values()) {
            if (p.code.equals(n)) {
                return p;
            }
        }
        if (n.equals("bigbluebutton")) {
            return BBB;
        }
        throw new IllegalArgumentException("unknown platform '" + name + "': use auto, zoom, zoom-webinar, teams, "
                + "webex or bbb");
    }
}
