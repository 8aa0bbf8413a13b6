package gr.etwinning.synedrio.adapter.out.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Where and how to send: {@code SYNEDRIO_SMTP_URL} ({@code smtp://host:port}, STARTTLS when the server offers it;
 * {@code smtps://host:port}, TLS from the start), {@code SYNEDRIO_SMTP_USER} / {@code SYNEDRIO_SMTP_PASSWORD}
 * (from the environment, never the URL, so they stay out of process lists and logs) and {@code SYNEDRIO_MAIL_FROM}.
 * Without a URL and a sender address, mail is not configured and stays in the outbox.
 */
public record SmtpSettings(String scheme, String host, int port, String user, String password, String from,
                           String problem) {

    /** From the environment; never throws: what is wrong becomes {@link #problem()}. */
    public static SmtpSettings fromEnvironment(Map<String, String> env) {
        String url = blankToNull(env.get("SYNEDRIO_SMTP_URL"));
        String from = blankToNull(env.get("SYNEDRIO_MAIL_FROM"));
        String user = blankToNull(env.get("SYNEDRIO_SMTP_USER"));
        String password = env.get("SYNEDRIO_SMTP_PASSWORD");
        if (url == null) {
            return new SmtpSettings(null, null, 0, null, null, from, "SYNEDRIO_SMTP_URL is not set");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
                return new SmtpSettings(null, null, 0, null, null, from,
                        "SYNEDRIO_SMTP_URL must start with smtp:// or smtps://");
            }
            if (uri.getHost() == null) {
                return new SmtpSettings(null, null, 0, null, null, from, "SYNEDRIO_SMTP_URL names no host");
            }
            if (uri.getUserInfo() != null) {
                return new SmtpSettings(null, null, 0, null, null, from, "SYNEDRIO_SMTP_URL must not hold a user or "
                        + "password: use SYNEDRIO_SMTP_USER and SYNEDRIO_SMTP_PASSWORD");
            }
            int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("smtps") ? 465 : 25;
            String problem = from == null ? "SYNEDRIO_MAIL_FROM is not set (the sender's address)" : null;
            return new SmtpSettings(scheme, uri.getHost(), port, user, password, from, problem);
        } catch (URISyntaxException e) {
            return new SmtpSettings(null, null, 0, null, null, from, "SYNEDRIO_SMTP_URL is not a URL: "
                    + e.getReason());
        }
    }

    /** A server in tests. */
    public static SmtpSettings plain(String host, int port, String from) {
        return new SmtpSettings("smtp", host, port, null, null, from, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String describe() {
        return host == null ? "(none)" : scheme + "://" + host + ":" + port + (user == null ? "" : " as " + user);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + describe() + "]";
    }
}
