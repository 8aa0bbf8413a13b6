package gr.etwinning.synedrio.application.port.in.cfp;

import java.util.List;

/** A reviewer: the name of their review token, who they are, the levels and keywords they review. */
public record ReviewerData(String token, String name, String email, String school, List<String> levels,
                           List<String> keywords) {
}
