package gr.etwinning.synedrio.adapter.in.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The list of exports {@code synedrio attendance import EDITION --manifest LIST} imports: a header line naming the
 * columns — {@code file} and {@code for} (the session or contribution; {@code id} is taken too), and if wanted
 * {@code platform} and {@code timezone} — then a line per export, comma- or tab-separated (a tab in the header
 * decides), UTF-8 with or without BOM; blank lines and lines starting with {@code #} are skipped, a field may be in
 * double quotes. A relative path is relative to the list's folder. The whole list is checked before anything is
 * imported: every wrong line is named, and nothing is imported while one is wrong.
 */
final class AttendanceManifest {

    /** As the import takes them: any case, '_' for '-', and bigbluebutton for bbb. */
    private static final Set<String> PLATFORMS = Set.of("auto", "zoom", "zoom-webinar", "teams", "webex", "bbb",
            "bigbluebutton");

    /** One export to import: its line in the list, the file, its size in bytes, and how to read it. */
    record Entry(int line, Path file, long size, String target, String platform, String timezone) {
    }

    private AttendanceManifest() {
    }

    /** The list's exports, or a refusal naming every wrong line; {@code platform} and {@code timezone}: defaults. */
    static List<Entry> read(Path list, String platform, String timezone) throws IOException {
        String text;
        if (Files.isDirectory(list)) {
            throw new RefusedException(list + " is a folder, not a list of files");
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(list))).toString();
        } catch (NoSuchFileException e) {
            throw new RefusedException("no file " + list);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new RefusedException("cannot read " + list + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new RefusedException(list.getFileName() + " is not UTF-8 text: save the list as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int header = 0;
        while (header < lines.length && skipped(lines[header])) {
            header++;
        }
        if (header == lines.length) {
            throw new RefusedException(list.getFileName() + " lists no file: it needs a header line (file,for) "
                    + "and a line per export");
        }
        char separator = lines[header].indexOf('\t') >= 0 ? '\t' : ',';
        List<String> names = fields(lines[header], separator);
        while (names.size() > 1 && names.get(names.size() - 1).isBlank()) {
            names.remove(names.size() - 1); // a spreadsheet's trailing separators
        }
        int fileAt = -1;
        int forAt = -1;
        int platformAt = -1;
        int zoneAt = -1;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            switch (names.get(i).strip().toLowerCase(Locale.ROOT)) {
                case "file", "path" -> fileAt = i;
                case "for", "id", "target", "session" -> forAt = i;
                case "platform" -> platformAt = i;
                case "timezone", "zone" -> zoneAt = i;
                default -> errors.add("line " + (header + 1) + ": unknown column '" + names.get(i).strip()
                        + "' (the columns are file, for, platform, timezone)");
            }
        }
        if (fileAt < 0 || forAt < 0) {
            throw new RefusedException(list.getFileName() + ", line " + (header + 1) + ": the header must name the "
                    + "columns 'file' and 'for' (and may name 'platform' and 'timezone'); it reads '"
                    + lines[header].strip() + "'");
        }
        Path folder = list.toAbsolutePath().getParent();
        List<Entry> entries = new ArrayList<>();
        for (int n = header + 1; n < lines.length; n++) {
            if (skipped(lines[n])) {
                continue;
            }
            int line = n + 1;
            List<String> f = fields(lines[n], separator);
            while (f.size() > names.size() && f.get(f.size() - 1).isBlank()) {
                f.remove(f.size() - 1); // trailing separators, as a spreadsheet pads rows
            }
            String file = at(f, fileAt);
            String target = at(f, forAt);
            String p = platformAt >= 0 && !at(f, platformAt).isEmpty() ? at(f, platformAt) : platform;
            String zone = zoneAt >= 0 && !at(f, zoneAt).isEmpty() ? at(f, zoneAt) : timezone;
            if (f.size() > names.size()) {
                errors.add("line " + line + ": " + f.size() + " fields where the header names " + names.size());
                continue;
            }
            if (file.isEmpty() || target.isEmpty()) {
                errors.add("line " + line + ": " + (file.isEmpty() ? "no file" : "no session or contribution (for)"));
                continue;
            }
            if (!PLATFORMS.contains(p.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                errors.add("line " + line + ": unknown platform '" + p + "' (auto, zoom, zoom-webinar, teams, webex "
                        + "or bbb)");
                continue;
            }
            if (zone != null && !zone.isBlank()) {
                try {
                    java.time.ZoneId.of(zone.strip());
                } catch (java.time.DateTimeException e) {
                    errors.add("line " + line + ": unknown time zone '" + zone + "' (a name like Europe/Athens)");
                    continue;
                }
            }
            Path path;
            try {
                path = folder.resolve(file);
            } catch (java.nio.file.InvalidPathException e) {
                errors.add("line " + line + ": '" + file + "' is not a path");
                continue;
            }
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                errors.add("line " + line + ": no readable file " + path);
                continue;
            }
            entries.add(new Entry(line, path, Files.size(path), target, p, zone));
        }
        if (!errors.isEmpty()) {
            throw new RefusedException(list.getFileName() + ": nothing was imported; " + errors.size()
                    + (errors.size() == 1 ? " line is" : " lines are") + " wrong:\n  " + String.join("\n  ", errors));
        }
        if (entries.isEmpty()) {
            throw new RefusedException(list.getFileName() + " lists no file after its header");
        }
        return entries;
    }

    private static boolean skipped(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static String at(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i).strip() : "";
    }

    /** The line's fields; a field in double quotes may hold the separator, and "" for a quote. */
    static List<String> fields(String line, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"' && f.toString().isBlank()) {
                quoted = true;
                f.setLength(0);
            } else if (c == separator) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
