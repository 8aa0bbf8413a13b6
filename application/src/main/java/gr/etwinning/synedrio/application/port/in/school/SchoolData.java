package gr.etwinning.synedrio.application.port.in.school;

import java.util.List;

/**
 * A school of the registry: its key, its name (the first spelling seen), the unit type and level its name reveals
 * (absent when it reveals none), its features ({@code day}, {@code evening}, {@code private}, …) and every spelling
 * seen.
 */
public record SchoolData(String key, String name, String type, String level, List<String> features,
                         List<String> spellings) {
}
